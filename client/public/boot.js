// Starts the portal's scripts on a page the server drew (server/http/portal-shell.ts), once the
// page has been painted: the drawn page needs them only to be taken over, not to be shown, so a
// slow network carries the page and its style sheet first. The script element says which files.
(function () {
  var boot = document.currentScript;
  var started = false;
  var start = function () {
    if (started) return;
    started = true;
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
  var paints = typeof PerformanceObserver === 'function' && (PerformanceObserver.supportedEntryTypes || []).indexOf('paint') >= 0;
  // A tab opened in the background paints nothing until it is shown: it starts at once.
  if (!paints || document.visibilityState !== 'visible') return start();
  // The browser says when the page's first content is on screen (a frame is not yet a paint: a
  // browser may hold the first paint of a navigation for a while).
  new PerformanceObserver(function (list, observer) {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    setTimeout(start, 0);
  }).observe({ type: 'paint', buffered: true });
  // Should no paint be reported, the page is still taken over.
  setTimeout(start, 1000);
})();
