import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { firstPageReady } from './app';
import { Portal } from './portal';
import { createApolloClient, mayRestoreSession } from './session/api';
import './styles.css';

const container = document.getElementById('root')!;
// A first page the server drew (server/http/portal-shell.ts) comes with the answers it was drawn
// from; the browser's cache starts from them, so taking the page over asks for nothing again.
const drawn = document.getElementById('portal-data');
const client = createApolloClient(drawn ? (JSON.parse(drawn.textContent ?? '{}') as object) : undefined);

// The first render waits for the first page's code (and, when the server did not draw it, its first
// data: app.tsx), and is a transition: React renders it in slices of a few milliseconds and lets
// the browser handle input in between, instead of one long task while a phone is still loading.
void firstPageReady(client, mayRestoreSession(), drawn !== null).then(() =>
  startTransition(() => {
    if (drawn) hydrateRoot(container, <Portal client={client} />);
    else createRoot(container).render(<Portal client={client} />);
  }),
);

// The service worker lets the portal open without a network, to show the digital ID's offline
// copy (client/public/sw.js). Built portals only: the development server reloads code as it changes.
function registerServiceWorker() {
  void navigator.serviceWorker
    .register('/sw.js')
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      // The files this first visit loaded before the worker could see them.
      const keep = performance.getEntriesByType('resource').map((entry) => entry.name);
      registration.active?.postMessage({ keep });
    })
    .catch(() => undefined);
}
// After the page's load, not competing with it; a page the server drew has often loaded before
// its scripts even started (client/public/boot.js): then once the browser is idle.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  if (document.readyState !== 'complete') window.addEventListener('load', registerServiceWorker);
  else if ('requestIdleCallback' in window) requestIdleCallback(registerServiceWorker);
  else setTimeout(registerServiceWorker, 0);
}
