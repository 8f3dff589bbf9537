import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { I18nProvider, RefetchOnLanguageChange } from './i18n/i18n';
import { createApolloClient } from './session/api';
import { SessionProvider } from './session/session';
import './styles.css';

const client = createApolloClient();

createRoot(document.getElementById('root')!).render(
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
);
