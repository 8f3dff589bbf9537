import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { App } from './app';
import { I18nProvider, RefetchOnLanguageChange, type Lang } from './i18n/i18n';
import { SessionProvider } from './session/session';

/** The whole portal, as the browser draws it (main.tsx) and the server draws its first pages (entry-server.tsx). */
export function Portal({ client, lang, mayRestore }: { client: ApolloClient; lang?: Lang; mayRestore?: boolean }) {
  return (
    <StrictMode>
      <I18nProvider initial={lang}>
        <ApolloProvider client={client}>
          <RefetchOnLanguageChange />
          <SessionProvider mayRestore={mayRestore}>
            <App />
          </SessionProvider>
        </ApolloProvider>
      </I18nProvider>
    </StrictMode>
  );
}
