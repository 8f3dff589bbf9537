import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test } from 'vitest';
import { ResendCodeDocument, VerifyLoginDocument, VerifyRegistrationDocument } from '../gql/graphql';
import { ar } from '../i18n/ar';
import { SessionProvider } from '../session/session';
import { renderWithApi } from '../test/render';
import { VerifyForm, type PendingChallenge } from './verify';

afterEach(cleanup);

const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();
const challenge = (expires: number, resend: number): PendingChallenge => ({
  kind: 'login',
  challenge: { id: 'ch-1', maskedMobile: '+966 5• ••• ••01', expiresAt: inSeconds(expires), resendAvailableAt: inSeconds(resend) },
});

// The server's answer to "send a new code": the same challenge with new timers.
const resent = {
  request: { query: ResendCodeDocument, variables: () => true },
  result: {
    data: {
      resendCode: {
        __typename: 'ResendCodePayload' as const,
        challenge: { __typename: 'CodeChallenge' as const, id: 'ch-1', maskedMobile: '+966 5• ••• ••01', expiresAt: inSeconds(300), resendAvailableAt: inSeconds(60) },
        errors: [],
      },
    },
  },
};

test('the resend button is disabled until the server allows a new code, then sends one and shows the new timers', async () => {
  const user = userEvent.setup();
  renderWithApi(
    <SessionProvider>
      <VerifyForm pending={challenge(300, 1.2)} />
    </SessionProvider>,
    [resent],
  );
  const resend = screen.getByRole('button', { name: ar['verify.resend'] }) as HTMLButtonElement;
  expect(resend.disabled).toBe(true);
  expect(document.body.textContent).toContain(ar['verify.resendIn'].split('{time}')[0]);
  await waitFor(() => expect(resend.disabled).toBe(false), { timeout: 4000 });
  await user.click(resend);
  await screen.findByText(ar['verify.resent']);
  await waitFor(() => expect(resend.disabled).toBe(true));
});

test("an expired code says so, and the server's refusal of a wrong code is shown beside the code field", async () => {
  const user = userEvent.setup();
  const wrong = {
    request: { query: VerifyLoginDocument, variables: () => true },
    result: {
      data: {
        verifyLogin: {
          __typename: 'AuthPayload' as const,
          session: null,
          account: null,
          errors: [{ __typename: 'IdentityError' as const, field: 'code', code: 'CODE_INVALID' as const, message: 'الرمز غير صحيح. بقيت 4 محاولات.' }],
        },
      },
    },
  };
  renderWithApi(
    <SessionProvider>
      <VerifyForm pending={challenge(-1, -1)} />
    </SessionProvider>,
    [wrong],
  );
  expect(screen.getByText(ar['verify.expired'])).toBeTruthy();
  const code = document.querySelector<HTMLInputElement>('input[name="code"]')!;
  await user.type(code, '١٢٣٤٥٦');
  await user.click(screen.getByRole('button', { name: ar['verify.submit'] }));
  await waitFor(() => expect(code.getAttribute('aria-invalid')).toBe('true'));
  const describedBy = code.getAttribute('aria-describedby')!.split(' ');
  expect(describedBy.map((id) => document.getElementById(id)?.textContent).join(' ')).toContain('الرمز غير صحيح. بقيت 4 محاولات.');
});

test('a registration the registry refuses after the code shows why, and leads back to the registration form', async () => {
  const user = userEvent.setup();
  const refused = {
    request: { query: VerifyRegistrationDocument, variables: () => true },
    result: {
      data: {
        verifyRegistration: {
          __typename: 'AuthPayload' as const,
          session: null,
          account: null,
          errors: [{ __typename: 'IdentityError' as const, field: 'nationalId', code: 'UNDER_AGE' as const, message: 'يجب أن يكون عمرك 17 سنة على الأقل للتسجيل.' }],
        },
      },
    },
  };
  renderWithApi(
    <SessionProvider>
      <VerifyForm pending={{ ...challenge(300, 60), kind: 'register' }} />
    </SessionProvider>,
    [refused],
  );
  expect(screen.queryByRole('link', { name: ar['verify.backToRegister'] })).toBeNull();
  await user.type(document.querySelector<HTMLInputElement>('input[name="code"]')!, '123456');
  await user.click(screen.getByRole('button', { name: ar['verify.submit'] }));
  expect((await screen.findByRole('alert')).textContent).toContain('يجب أن يكون عمرك 17 سنة على الأقل للتسجيل.');
  expect(screen.getByRole('link', { name: ar['verify.backToRegister'] }).getAttribute('href')).toBe('/register');
  // The refusal spent the code: the code step is gone.
  expect(document.querySelector('input[name="code"]')).toBeNull();
  expect(screen.queryByRole('button', { name: ar['verify.resend'] })).toBeNull();
});
