// Autosave for the application form: saves while the user types (after a pause) and when a field is left,
// keeps a copy in this browser in case the network is down, and shows both versions when a colleague saved first.
(function () {
  var form = document.getElementById('application-form');
  if (!form || !window.fetch) { return; }
  var url = form.dataset.autosave;
  var status = document.getElementById('autosave-status');
  var csrf = form.querySelector('input[name="_csrf"]');
  var backupKey = 'jiwon-draft-' + url;
  var timer = null, saving = false, pending = false, dirty = false;
  var lang = document.documentElement.lang === 'en' ? 'en' : 'ko';
  var text = {
    ko: { saving: '저장 중…', saved: '자동 저장됨 ', offline: '저장하지 못했습니다. 연결이 돌아오면 다시 저장합니다. (입력 내용은 이 브라우저에 보관 중)',
          conflict: '같은 회사의 다른 사용자가 먼저 저장했습니다. 아래에서 두 내용을 비교하고 어느 쪽을 남길지 골라 주세요. 내가 입력한 내용은 이 브라우저에도 보관되어 있습니다.',
          restore: '이 브라우저에 저장되지 않은 입력이 있습니다. 불러올까요?', restoreButton: '불러오기',
          theirs: '저장되어 있는 내용', mine: '내가 입력한 내용(저장 안 됨)', keepMine: '내 내용으로 저장', loadTheirs: '저장된 내용 불러오기',
          fTitle: '과제명', fBottleneck: '애로기술', fAmount: '신청금액' },
    en: { saving: 'Saving…', saved: 'Saved automatically ', offline: 'Could not save; will retry when the connection is back. (Your input is kept in this browser.)',
          conflict: 'A colleague saved first. Compare both versions below and choose which to keep; your input is also kept in this browser.',
          restore: 'This browser holds unsaved input. Restore it?', restoreButton: 'Restore',
          theirs: 'What is stored', mine: 'What you typed (not saved)', keepMine: 'Save mine instead', loadTheirs: 'Load the stored version',
          fTitle: 'Title', fBottleneck: 'Bottleneck', fAmount: 'Amount' }
  }[lang];

  function values() {
    var data = { rootTechnologies: [], desiredInstitutes: [], declarations: [] };
    new FormData(form).forEach(function (v, k) {
      if (k === '_csrf') { return; }
      if (k === 'rootTechnologies' || k === 'desiredInstitutes' || k === 'declarations') { data[k].push(v); } else { data[k] = v; }
    });
    data.version = Number(data.version);
    return data;
  }
  function say(msg) { status.textContent = msg; }
  function showFieldErrors(errors) {
    form.querySelectorAll('.autosave-error').forEach(function (el) { el.remove(); });
    (errors || []).forEach(function (err) {
      var input = document.getElementById(err.field);
      if (!input) { return; }
      var p = document.createElement('p');
      p.className = 'error autosave-error';
      p.id = err.field + '-autosave-error';
      p.textContent = err.message;
      input.insertAdjacentElement('afterend', p);
      input.setAttribute('aria-describedby', p.id);
    });
  }
  // Both versions side by side; the writer decides. Nothing is overwritten until they do.
  function showConflict(theirs, mine) {
    var old = document.getElementById('autosave-conflict');
    if (old) { old.remove(); }
    if (!theirs) { return; }
    var box = document.createElement('div');
    box.id = 'autosave-conflict'; box.className = 'alert alert-warning conflict'; box.setAttribute('role', 'alert');
    var grid = document.createElement('div'); grid.className = 'compare';
    [[text.theirs, theirs], [text.mine, mine]].forEach(function (pair) {
      var col = document.createElement('div');
      var h = document.createElement('h3'); h.textContent = pair[0]; col.appendChild(h);
      var dl = document.createElement('dl');
      [[text.fTitle, pair[1].title], [text.fBottleneck, pair[1].bottleneck], [text.fAmount, pair[1].requestedAmount]]
        .forEach(function (f) {
          var dt = document.createElement('dt'); dt.textContent = f[0];
          var dd = document.createElement('dd'); dd.className = 'pre';
          dd.textContent = f[1] == null ? '' : (typeof f[1] === 'number' ? f[1].toLocaleString('ko-KR') + '원' : String(f[1]));
          dl.appendChild(dt); dl.appendChild(dd);
        });
      col.appendChild(dl); grid.appendChild(col);
    });
    box.appendChild(grid);
    var keep = document.createElement('button');
    keep.type = 'button'; keep.className = 'button button-small'; keep.textContent = text.keepMine;
    keep.addEventListener('click', function () {
      form.querySelector('input[name="version"]').value = theirs.version;
      box.remove(); status.classList.remove('error'); save();
    });
    var load = document.createElement('button');
    load.type = 'button'; load.className = 'button button-small button-secondary'; load.textContent = text.loadTheirs;
    load.addEventListener('click', function () { dirty = false; window.location.reload(); });
    var actions = document.createElement('p'); actions.className = 'actions';
    actions.appendChild(keep); actions.appendChild(load); box.appendChild(actions);
    form.insertAdjacentElement('afterbegin', box);
    // brought into view below the bar that stays on top: the writer has to decide before going on
    box.scrollIntoView({ block: 'start' });
  }

  function save() {
    if (saving) { pending = true; return; }
    saving = true; dirty = false;
    var data = values();
    try { localStorage.setItem(backupKey, JSON.stringify(data)); } catch (ignored) { /* private mode */ }
    say(text.saving);
    fetch(url, {
      method: 'PUT', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': csrf ? csrf.value : '' },
      body: JSON.stringify(data)
    }).then(function (r) {
      if (r.status === 409) {
        say(text.conflict); status.classList.add('error');
        return r.json().then(function (problem) { showConflict(problem.current, data); return null; });
      }
      if (!r.ok) { throw new Error('HTTP ' + r.status); }
      return r.json();
    }).then(function (saved) {
      if (!saved) { return; }
      form.querySelector('input[name="version"]').value = saved.version;
      try { localStorage.removeItem(backupKey); } catch (ignored) { /* private mode */ }
      status.classList.remove('error');
      say(text.saved + new Date().toLocaleTimeString(lang === 'en' ? 'en-GB' : 'ko-KR'));
      showFieldErrors(saved.errors);
      form.dispatchEvent(new CustomEvent('jiwon:saved', { detail: saved }));
    }).catch(function () {
      dirty = true;
      say(text.offline);
      setTimeout(function () { if (dirty) { save(); } }, 10000);
    }).finally(function () {
      saving = false;
      if (pending) { pending = false; save(); }
    });
  }
  function later() { dirty = true; clearTimeout(timer); timer = setTimeout(save, 1500); }
  form.addEventListener('input', later);
  form.addEventListener('change', function () { clearTimeout(timer); save(); });
  // fields that belong to the form from elsewhere on the page (the declarations under 검토·제출)
  document.querySelectorAll('[form="' + form.id + '"]').forEach(function (el) {
    if (el.tagName !== 'BUTTON') { el.addEventListener('change', function () { dirty = true; clearTimeout(timer); save(); }); }
  });
  form.addEventListener('focusout', function () { if (dirty) { clearTimeout(timer); save(); } });
  form.addEventListener('submit', function () { clearTimeout(timer); dirty = false; });
  window.addEventListener('beforeunload', function (e) { if (dirty) { e.preventDefault(); } });

  // Offer to restore input this browser kept but the server never acknowledged.
  try {
    var kept = JSON.parse(localStorage.getItem(backupKey) || 'null');
    if (kept && kept.bottleneck !== undefined && kept.bottleneck !== form.elements.bottleneck.value) {
      var box = document.createElement('div');
      box.className = 'alert';
      box.setAttribute('role', 'status');
      box.textContent = text.restore + ' ';
      var b = document.createElement('button');
      b.type = 'button'; b.className = 'button button-small'; b.textContent = text.restoreButton;
      b.addEventListener('click', function () {
        ['title', 'bottleneck', 'technologyFields', 'requestedAmount', 'durationMonths', 'contactName', 'contactPhone',
         'contactEmail'].forEach(function (k) { if (kept[k] !== undefined && form.elements[k]) { form.elements[k].value = kept[k]; } });
        box.remove(); later();
      });
      box.appendChild(b);
      // in the bar that stays in view, so that the offer is seen wherever the page is scrolled to
      var bar = document.getElementById('form-progress');
      if (bar) { bar.appendChild(box); } else { form.insertAdjacentElement('beforebegin', box); }
    }
  } catch (ignored) { /* no storage */ }
})();
