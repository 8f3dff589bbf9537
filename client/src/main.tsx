import { ApolloProvider } from '@apollo/client/react';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App, firstPageReady } from './app';
import { I18nProvider, RefetchOnLanguageChange } from './i18n/i18n';
import { createApolloClient, mayRestoreSession } from './session/api';
import { SessionProvider } from './session/session';
import './styles.css';

const client = createApolloClient();

const root = createRoot(document.getElementById('root')!);
// The first render waits for the first page's code and first data (app.tsx), and is a transition:
// React renders it in slices of a few milliseconds and lets the browser handle input in between,
// instead of one long task while a phone is still loading.
void firstPageReady(client, mayRestoreSession()).then(() =>
  startTransition(() =>
    root.render(
      <StrictMode>
        <I18nProvider>
          <ApolloProvider client={client}>
            <RefetchOnLanguageChange />
            <SessionProvider>
              <App />
            </SessionProvider>
          </ApolloProvider>
        </I18nProvider>
      </StrictMode>,
    ),
  ),
);

// The service worker lets the portal open without a network, to show the digital ID's offline
// copy (client/public/sw.js). Built portals only: the development server reloads code as it changes.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    void navigator.serviceWorker
      .register('/sw.js')
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        // The files this first visit loaded before the worker could see them.
        const keep = performance.getEntriesByType('resource').map((entry) => entry.name);
        registration.active?.postMessage({ keep });
      })
      .catch(() => undefined);
  });
}
