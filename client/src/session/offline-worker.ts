/**
 * The service worker lets the portal open without a network, to show the digital ID's offline copy
 * (client/public/sw.js), which only a signed-in person has: it is registered once someone is signed
 * in, never for a visitor who only looks (its install and the files it keeps would compete with
 * their first visit). Built portals only: the development server reloads code as it changes.
 */
let registered = false;
export function keepPortalForOffline(): void {
  if (registered || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  registered = true;
  const register = () =>
    void navigator.serviceWorker
      .register('/sw.js')
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        // The files this visit loaded before the worker could see them.
        const keep = performance.getEntriesByType('resource').map((entry) => entry.name);
        registration.active?.postMessage({ keep });
      })
      .catch(() => undefined);
  // Once the page has loaded and the browser is idle, not competing with what the person asked for.
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(register) : setTimeout(register, 0));
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}
