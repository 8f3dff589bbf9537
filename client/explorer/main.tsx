import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './explorer.css';
import type { GraphiQLPlugin } from '@graphiql/react';
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { Both } from './both';
import { ENDPOINT, readSettings } from './settings';

const settings = readSettings();

/** Plain JSON over POST, with whatever the headers editor holds (e.g. `Authorization`). */
const fetcher: GraphiQLProps['fetcher'] = async (params, options) => {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...options?.headers },
    body: JSON.stringify(params),
  });
  return response.json();
};

const DEFAULT_QUERY = `# Absher GraphQL API. Ctrl-Enter runs, Ctrl-Space completes, the book icon opens the docs.
# Signed-in operations need an "Authorization": "Bearer <accessToken>" header (Headers, below)${settings.demoSignIn ? ',\n# which "Sign in as a demo person" (the person icon) fills for you' : ''}.

query Start {
  authOptions {
    captchaRequired
    ssoEnabled
  }
  me {
    username
    person {
      fullNameAr
      fullNameEn
    }
  }
}
`;

// Development only: loaded only when the server says the demo sign-in exists.
const DemoSignIn = lazy(() => import('./demo-sign-in'));

function PersonIcon() {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.5">
      <circle cx="12" cy="8" r="4" />
      <path d="M4 21c0-4.4 3.6-8 8-8s8 3.6 8 8" />
    </svg>
  );
}

const demoSignInPlugin: GraphiQLPlugin = {
  title: 'Sign in as a demo person · الدخول بشخص تجريبي',
  icon: PersonIcon,
  content: () => (
    <Suspense fallback={<p>Loading… · جارٍ التحميل…</p>}>
      <DemoSignIn />
    </Suspense>
  ),
};

function Banner() {
  const sandbox = `https://studio.apollographql.com/sandbox/explorer?endpoint=${encodeURIComponent(ENDPOINT)}`;
  return (
    <header className="absher-bar">
      <h1>
        <Both en="Absher GraphQL API" ar="واجهة أبشر البرمجية" />
      </h1>
      <p>
        <code>POST {ENDPOINT}</code> · <Both en="contract: schema/schema.graphql" ar="العقد: schema/schema.graphql" />
        {settings.introspection && (
          <>
            {' · '}
            <a id="sandbox" href={sandbox} rel="noreferrer">
              <Both en="Open in Apollo Sandbox (online)" ar="افتحها في Apollo Sandbox (يتطلب الإنترنت)" />
            </a>
          </>
        )}
      </p>
      {!settings.introspection && (
        <p className="absher-notice" role="note">
          <Both
            en="Introspection is off on this server: queries run, but there are no docs and no autocompletion here. The contract is schema/schema.graphql in the repository."
            ar="الاستبطان معطّل على هذا الخادم: تعمل الاستعلامات، لكن دون توثيق أو إكمال تلقائي هنا. العقد هو schema/schema.graphql في المستودع."
          />
        </p>
      )}
    </header>
  );
}

createRoot(document.getElementById('explorer')!).render(
  <StrictMode>
    <Banner />
    <main className="absher-explorer">
      <GraphiQL
        fetcher={fetcher}
        defaultQuery={DEFAULT_QUERY}
        // Without introspection there is no schema to fetch: say so (above) instead of failing.
        schema={settings.introspection ? undefined : null}
        plugins={settings.demoSignIn ? [demoSignInPlugin] : []}
        visiblePlugin={settings.demoSignIn ? demoSignInPlugin : undefined}
        // Tokens are not kept: the headers editor is not saved in the browser's storage.
        shouldPersistHeaders={false}
      />
    </main>
  </StrictMode>,
);
