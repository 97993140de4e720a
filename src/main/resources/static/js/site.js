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
