import { ApolloClient, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { AuthOptionsDocument, NewCaptchaDocument } from '../gql/graphql';
import { I18nProvider, type Lang } from '../i18n/i18n';

/** A one-pixel PNG, standing in for the image code. */
const PIXEL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/**
 * A captcha-required server that hands out image codes as often as asked. Without a proof of work:
 * the ALTCHA widget needs Web Workers and WebCrypto, which the simulated DOM lacks; the browser
 * suite runs it for real.
 */
export const captchaMocks: MockLink.MockedResponse[] = [
  {
    request: { query: AuthOptionsDocument },
    result: { data: { authOptions: { __typename: 'AuthOptions', captchaRequired: true, proofOfWorkRequired: false, ssoEnabled: false } } },
    maxUsageCount: Infinity,
  },
  {
    request: { query: NewCaptchaDocument },
    result: () => {
      const id = `c-${Math.random()}`;
      return { data: { newCaptcha: { __typename: 'Captcha', id, image: PIXEL, audioUrl: `/captcha/${id}/audio`, proofOfWork: null, expiresAt: new Date(Date.now() + 120_000).toISOString() } } };
    },
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
