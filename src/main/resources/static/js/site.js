// Small progressive enhancements shared by all pages (no inline scripts: the CSP allows only our own files).

// On a phone the header folds its menu behind one button (KRDS header pattern); without script it stays open.
(function () {
  var toggle = document.querySelector('.menu-toggle');
  var header = document.querySelector('.site-header');
  if (!toggle || !header) { return; }
  header.classList.add('foldable');
  toggle.hidden = false;
  toggle.addEventListener('click', function () {
    var open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    header.classList.toggle('menu-open', open);
  });
})();
document.addEventListener('click', function (e) {
  var print = e.target.closest('[data-print]');
  if (print) { window.print(); }
});
// A submit button marked data-once is disabled after the first click, so a double click sends one request
// (the server would return the same receipt anyway).
document.addEventListener('submit', function (e) {
  var button = e.submitter;
  if (button && button.dataset.once) {
    setTimeout(function () { button.disabled = true; }, 0);
  }
});
// Repeatable rows (tracks, regions, fields in the officer's forms): "추가" copies the row template with fresh ids,
// "삭제" removes a row. Without script the page keeps one blank row to fill in, and blank rows are not saved.
(function () {
  document.querySelectorAll('[data-rows]').forEach(function (box) {
    var add = box.querySelector(':scope > [data-add-row]');
    var template = box.querySelector(':scope > template');
    if (!add || !template) { return; }
    add.hidden = false;
    var next = 1000;
    add.addEventListener('click', function () {
      var html = template.innerHTML.split('ROWINDEX').join(String(next++));
      var holder = document.createElement('div');
      holder.innerHTML = html;
      var row = holder.firstElementChild;
      box.insertBefore(row, template);
      var first = row.querySelector('input, select, textarea');
      if (first) { first.focus(); }
    });
  });
  document.addEventListener('click', function (e) {
    var remove = e.target.closest('[data-remove-row]');
    if (remove) {
      var row = remove.closest('.row-item');
      if (row) { row.remove(); }
    }
  });
})();
