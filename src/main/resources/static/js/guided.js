// The guided application form: the chosen track's limits beside the amount, and after every autosave the server's
// own eligibility checks (what a submission would be refused for) beside the fields already filled in, in the
// pre-submit checklist and as the count left in each step. Without script the page shows the same from the server.
(function () {
  var form = document.getElementById('application-form');
  if (!form) { return; }
  var lang = document.documentElement.lang === 'en' ? 'en' : 'ko';
  var words = {
    ko: { ready: '완료', left: function (n) { return n + '개 남음'; }, todo: function (n) { return '제출 전에 확인할 항목 ' + n + '개'; } },
    en: { ready: 'done', left: function (n) { return n + ' to do'; }, todo: function (n) { return n + ' items to complete before you submit'; } }
  }[lang];

  var track = document.getElementById('trackCode');
  var limits = document.getElementById('track-limits');
  if (track && limits) {
    track.addEventListener('change', function () {
      var chosen = track.options[track.selectedIndex];
      if (chosen && chosen.dataset.limits) { limits.textContent = chosen.dataset.limits; }
    });
  }

  function filled(field) {
    var el = form.elements[field];
    if (!el) { return false; }
    if (el.length !== undefined && el.tagName !== 'SELECT') {
      return Array.prototype.some.call(el, function (x) { return x.checked || (x.value && x.type !== 'checkbox'); });
    }
    return String(el.value || '').trim().length > 0;
  }

  form.addEventListener('jiwon:saved', function (e) {
    var missing = (e.detail && e.detail.missing) || [];
    // beside each field: only where something is already typed (an empty field is in the checklist, not a scolding)
    form.querySelectorAll('.live-check').forEach(function (p) { p.textContent = ''; });
    missing.forEach(function (m) {
      var p = document.getElementById(m.field + '-live');
      if (p && filled(m.field)) { p.textContent = (p.textContent ? p.textContent + ' ' : '') + m.message; }
    });
    // what the last refused submission said beside a field goes once that field is right
    var stillMissing = missing.map(function (m) { return m.field; });
    form.querySelectorAll('.field.has-error').forEach(function (field) {
      var error = field.querySelector('.error[id$="-error"]');
      var name = error ? error.id.replace(/-error$/, '') : null;
      if (name && stillMissing.indexOf(name) < 0) {
        error.hidden = true;
        field.classList.remove('has-error');
        var input = document.getElementById(name);
        if (input) { input.setAttribute('aria-invalid', 'false'); }
      }
    });
    // the checklist
    var list = document.getElementById('presubmit-checklist');
    var todo = document.getElementById('presubmit-todo');
    var ready = document.getElementById('presubmit-ready');
    if (list && todo && ready) {
      list.textContent = '';
      missing.forEach(function (m) {
        var li = document.createElement('li'); li.dataset.field = m.field;
        var a = document.createElement('a');
        a.href = '#' + (m.field === 'company' ? 'step-company' : (m.field === 'call' ? 'step-review' : m.field));
        var label = document.createElement('strong'); label.textContent = m.label || m.field;
        a.appendChild(label); a.appendChild(document.createTextNode(': ' + m.message));
        li.appendChild(a); list.appendChild(li);
      });
      todo.hidden = missing.length === 0;
      ready.hidden = missing.length !== 0;
      var count = document.getElementById('presubmit-count');
      if (count) { count.textContent = words.todo(missing.length); }
    }
    // the steps
    var steps = document.querySelectorAll('.form-steps li');
    var known = [];
    steps.forEach(function (li) { (li.dataset.fields || '').split(' ').filter(Boolean).forEach(function (f) { known.push(f); }); });
    steps.forEach(function (li, i) {
      var fields = (li.dataset.fields || '').split(' ').filter(Boolean);
      var n = missing.filter(function (m) {
        return fields.length ? fields.indexOf(m.field) >= 0 : (i === steps.length - 1 && known.indexOf(m.field) < 0);
      }).length;
      li.classList.toggle('step-ready', n === 0);
      li.classList.toggle('step-todo', n !== 0);
      var c = li.querySelector('.step-count');
      if (c) { c.textContent = n === 0 ? words.ready : words.left(n); }
    });
  });
})();
