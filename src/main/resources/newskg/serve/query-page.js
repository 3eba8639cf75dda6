// The query page's menu: choosing an example puts its text, comments and all, in the editor.
(function () {
  var menu = document.getElementById('examples');
  var editor = document.getElementById('query');
  var question = document.getElementById('question');
  menu.addEventListener('change', function () {
    var option = menu.options[menu.selectedIndex];
    if (!option.dataset.sparql) { return; }
    editor.value = option.dataset.sparql;
    question.textContent = option.dataset.question;
    history.replaceState(null, '', '?example=' + encodeURIComponent(option.value));
  });
})();
