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
void firstPageReady(client, mayRestoreSession(), drawn !== null).then(() => {
  startTransition(() => {
    if (drawn) hydrateRoot(container, <Portal client={client} />);
    else createRoot(container).render(<Portal client={client} />);
  });
});
