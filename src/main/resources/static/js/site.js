// Small progressive enhancements shared by all pages (no inline scripts: the CSP allows only our own files).
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
