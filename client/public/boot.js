// Starts the portal's scripts on a page the server drew (server/http/portal-shell.ts), once the
// page has been painted: the drawn page needs them only to be taken over, not to be shown, so a
// slow network carries the page and its style sheet first. The script element says which files.
(function () {
  var boot = document.currentScript;
  var start = function () {
    (boot.dataset.preload || '')
      .split(' ')
      .filter(Boolean)
      .forEach(function (href) {
        var link = document.createElement('link');
        link.rel = 'modulepreload';
        link.crossOrigin = '';
        link.href = href;
        document.head.appendChild(link);
      });
    var script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = boot.dataset.module;
    document.head.appendChild(script);
  };
  // The frame after the next: the drawn page is on screen by then.
  requestAnimationFrame(function () {
    setTimeout(start, 0);
  });
})();
