// "추천 연구기관": asks the recommendation API for the institutes that fit the bottleneck as it is typed (after a
// pause) and shows them with the reasons; on the form, a button ticks the institute as a preferred one.
(function () {
  var panel = document.getElementById('recommendations');
  if (!panel || !window.fetch) { return; }
  var list = panel.querySelector('.recommendation-list');
  var textarea = document.getElementById('bottleneck');
  var lang = document.documentElement.lang === 'en' ? 'en' : 'ko';
  var addLabel = lang === 'en' ? 'Add as preferred' : '희망 연구기관에 추가';
  var timer = null, last = '';

  function currentText() { return textarea ? textarea.value : (panel.dataset.text || ''); }
  function render(items) {
    list.textContent = '';
    items.forEach(function (r) {
      var li = document.createElement('li');
      var name = document.createElement('strong');
      name.textContent = r.koreanName + ' (' + r.institute + ')';
      li.appendChild(name);
      r.why.forEach(function (w) {
        var span = document.createElement('span'); span.className = 'why'; span.textContent = w; li.appendChild(span);
      });
      var box = document.querySelector('input[name="desiredInstitutes"][value="' + r.institute + '"]');
      if (box) {
        var b = document.createElement('button');
        b.type = 'button'; b.className = 'button button-small button-secondary'; b.textContent = addLabel;
        b.addEventListener('click', function () {
          box.checked = true;
          box.closest('details').open = true;
          box.dispatchEvent(new Event('change', { bubbles: true }));
        });
        li.appendChild(b);
      }
      list.appendChild(li);
    });
  }
  function refresh() {
    var text = currentText().trim();
    if (text.length < 10 || text === last) { return; }
    last = text;
    fetch(panel.dataset.url + '?k=5&text=' + encodeURIComponent(text.slice(0, 4000)), { credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(render)
      .catch(function () { /* recommendations are a help, not a requirement */ });
  }
  if (textarea) {
    textarea.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(refresh, 1200); });
  }
  refresh();
})();
