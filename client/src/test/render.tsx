import { ApolloClient, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { AuthOptionsDocument, NewCaptchaDocument } from '../gql/graphql';
import { I18nProvider, type Lang } from '../i18n/i18n';

/** A captcha-required server that hands out image codes as often as asked. */
export const captchaMocks: MockLink.MockedResponse[] = [
  { request: { query: AuthOptionsDocument }, result: { data: { authOptions: { __typename: 'AuthOptions', captchaRequired: true, ssoEnabled: false } } }, maxUsageCount: Infinity },
  {
    request: { query: NewCaptchaDocument },
    result: () => ({ data: { newCaptcha: { __typename: 'Captcha', id: `c-${Math.random()}`, image: '<svg xmlns="http://www.w3.org/2000/svg"/>', expiresAt: new Date(Date.now() + 120_000).toISOString() } } }),
    maxUsageCount: Infinity,
  },
];

/**
 * Renders a component with the catalogues and an Apollo client answering from `mocks`: component
 * tests check the forms' behaviour; the browser suite checks them against the real server.
 */
export function renderWithApi(ui: ReactNode, mocks: MockLink.MockedResponse[], lang: Lang = 'ar') {
  const client = new ApolloClient({ link: new MockLink([...captchaMocks, ...mocks]), cache: new InMemoryCache() });
  return render(
    <I18nProvider initial={lang}>
      <ApolloProvider client={client}>{ui}</ApolloProvider>
    </I18nProvider>,
  );
}
