// The portal's service worker: it lets the portal open without a network, so a person can still
// show the offline copy of their digital ID (kept in IndexedDB by the page, never here).
// Network first for the page and its files, the last good answer kept as the fallback; everything
// else (the API, captchas, keys) goes to the network untouched. It caches no personal data: the
// page shell says no more than a language and whether a session exists (and not even that when
// served from here), and API answers are never stored.
const CACHE = 'absher-shell-v1';
const SHELL = '/';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.add(SHELL))
      .catch(() => undefined)
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

// The page tells which of its files it loaded before this worker controlled it (the first visit).
self.addEventListener('message', (event) => {
  const urls = Array.isArray(event.data?.keep) ? event.data.keep.filter((url) => typeof url === 'string' && isAsset(new URL(url, self.location.origin))) : [];
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(urls.map((url) => cache.add(url).catch(() => undefined)))));
});

/** The build's hashed files: the same name is always the same content. */
function isAsset(url) {
  return url.origin === self.location.origin && url.pathname.startsWith('/assets/');
}

/** A page of the portal (the server answers every one with the same shell), not one of the server's own routes. */
function isPortalPage(request, url) {
  return request.mode === 'navigate' && url.origin === self.location.origin && !/^\/(graphql|auth|dev|explorer|captcha|\.well-known|healthz|readyz|metrics)(\/|$)/.test(url.pathname);
}

/**
 * The kept shell, without what the server said on it when it was kept (`<html lang dir
 * data-session>` reflect the cookies of that moment, server/http/portal-shell.ts, and a drawn page
 * its address): the page then reads the language and the session's presence from the cookies as
 * they are now, and draws the address it is opened at.
 */
async function asOfflineShell(cached) {
  const html = (await cached.text())
    .replace(/<html\b[^>]*>/, '<html lang="ar" dir="rtl">')
    // A page the server drew (for the address it was kept from): back to the page the browser
    // draws itself, whatever the address, its script started at once (not by boot.js).
    .replace(/<div id="root">[\s\S]*?<\/div><script type="application\/json" id="portal-data">[\s\S]*?<\/script>/, '<div id="root"></div>')
    .replace(/<script src="\/boot\.js" data-module="([^"]+)"[^>]*><\/script>/, '<script type="module" crossorigin src="$1"></script>');
  const headers = new Headers(cached.headers);
  headers.delete('content-encoding');
  headers.delete('content-length');
  return new Response(html, { status: cached.status, statusText: cached.statusText, headers });
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const page = isPortalPage(request, url);
  if (!page && !isAsset(url)) return;
  const key = page ? SHELL : request;
  event.respondWith(
    fetch(request)
      .then((response) => {
        // Only the shell itself stands in for a page (never a JSON or error answer of some route).
        const html = (response.headers.get('content-type') ?? '').includes('text/html');
        if (response.ok && response.type === 'basic' && (!page || html)) {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(key, copy)));
        }
        return response;
      })
      // The file is kept decoded, whatever encoding the network sent: its Vary (Accept-Encoding) does not matter.
      .catch(() => caches.match(key, { ignoreVary: true }).then((cached) => (cached ? (page ? asOfflineShell(cached) : cached) : Response.error()))),
  );
});
