import { startTransition } from 'react';
import './styles.css';

const container = document.getElementById('root')!;
// A first page the server drew (server/http/portal-shell.ts) comes with the answers it was drawn
// from; the browser's cache starts from them, so taking the page over asks for nothing again.
const drawn = document.getElementById('portal-data');

// The portal's code is fetched at once but run in steps, each a task of its own as it arrives (the
// API client, the portal's pages, React's renderer): a phone's browser can handle a tap in between
// instead of waiting out one long evaluation of everything.
const api = import('./session/api');
const app = import('./app');
const portal = import('./portal');
const renderer = import('react-dom/client');
void (async () => {
  const { createApolloClient, mayRestoreSession } = await api;
  const client = createApolloClient(drawn ? (JSON.parse(drawn.textContent ?? '{}') as object) : undefined);
  // The first page's code (and, when the server did not draw it, its first data: app.tsx).
  await (await app).firstPageReady(client, mayRestoreSession(), drawn !== null);
  const [{ Portal }, { createRoot, hydrateRoot }] = await Promise.all([portal, renderer]);
  // The first render is a transition: React renders it in slices of a few milliseconds and lets
  // the browser handle input in between, instead of one long task while a phone is still loading.
  startTransition(() => {
    if (drawn) hydrateRoot(container, <Portal client={client} />);
    else createRoot(container).render(<Portal client={client} />);
  });
})();
