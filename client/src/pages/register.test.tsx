import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test } from 'vitest';
import { RegisterDocument } from '../gql/graphql';
import { ar } from '../i18n/ar';
import { en } from '../i18n/en';
import { renderWithApi } from '../test/render';
import { RegisterForm } from './register';

afterEach(cleanup);

const refused = (delay = 0) => ({
  request: { query: RegisterDocument, variables: () => true },
  delay,
  result: {
    data: {
      register: {
        __typename: 'RegisterPayload' as const,
        challenge: null,
        errors: [
          { __typename: 'IdentityError' as const, field: 'mobile', code: 'MOBILE_INVALID' as const, message: 'رقم الجوال غير صحيح.' },
          { __typename: 'IdentityError' as const, field: 'passwordConfirmation', code: 'PASSWORD_MISMATCH' as const, message: 'تأكيد كلمة المرور غير مطابق.' },
          { __typename: 'IdentityError' as const, field: 'somethingElse', code: 'CHALLENGE_NOT_FOUND' as const, message: 'انتهت عملية التحقق.' },
        ],
        captchaSpent: true,
      },
    },
  },
});

/** Only the input's own checks failed: the server kept the image code. */
const refusedKeepingTheCode = {
  request: { query: RegisterDocument, variables: () => true },
  result: {
    data: {
      register: {
        __typename: 'RegisterPayload' as const,
        challenge: null,
        errors: [{ __typename: 'IdentityError' as const, field: 'passwordConfirmation', code: 'PASSWORD_MISMATCH' as const, message: 'تأكيد كلمة المرور غير مطابق.' }],
        captchaSpent: false,
      },
    },
  },
};

const input = (name: string) => document.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
const describedText = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' | ');

test('every field has a label, and each server error is shown beside its own field; an error for no field goes to the top', async () => {
  const user = userEvent.setup();
  renderWithApi(<RegisterForm />, [refused()]);
  for (const key of ['register.nationalId', 'register.mobile', 'register.username', 'register.email', 'register.emailConfirmation', 'captcha.label'] as const) {
    expect(screen.getByLabelText(`${ar[key]} ${ar['form.required']}`)).toBeTruthy();
  }
  // The image code is asked for once the person begins on the form.
  await user.click(input('nationalId'));
  await screen.findByAltText(ar['captcha.alt']);
  await user.type(input('nationalId'), '١٠٠٠٠٠٠٠٠٨');
  await user.click(screen.getByRole('button', { name: ar['register.submit'] }));

  await waitFor(() => expect(input('mobile').getAttribute('aria-invalid')).toBe('true'));
  expect(describedText(input('mobile'))).toContain('رقم الجوال غير صحيح.');
  expect(describedText(input('passwordConfirmation'))).toContain('تأكيد كلمة المرور غير مطابق.');
  expect(input('nationalId').getAttribute('aria-invalid')).toBeNull();
  expect(describedText(input('nationalId'))).not.toContain('رقم الجوال');
  expect(screen.getByRole('alert').textContent).toContain('انتهت عملية التحقق.');
  // The digits typed in Arabic-Indic stay as typed in the field.
  expect(input('nationalId').value).toBe('١٠٠٠٠٠٠٠٠٨');
});

test('the submit button is disabled while the registration is being sent, and enabled again after', async () => {
  const user = userEvent.setup();
  renderWithApi(<RegisterForm />, [refused(300)]);
  await user.click(input('nationalId'));
  await screen.findByAltText(ar['captcha.alt']);
  await user.click(screen.getByRole('button', { name: ar['register.submit'] }));
  const sending = await screen.findByRole('button', { name: ar['form.sending'] });
  expect((sending as HTMLButtonElement).disabled).toBe(true);
  const again = await screen.findByRole('button', { name: ar['register.submit'] });
  expect((again as HTMLButtonElement).disabled).toBe(false);
  // The server used this image code up: a new one, and the digits typed for the old one cleared.
  expect(input('captchaCode').value).toBe('');
});

test('when the server kept the image code (only an input check failed), the image and the digits typed stay', async () => {
  const user = userEvent.setup();
  renderWithApi(<RegisterForm />, [refusedKeepingTheCode]);
  await user.click(input('nationalId'));
  const image = (await screen.findByAltText(ar['captcha.alt'])) as HTMLImageElement;
  await user.type(input('captchaCode'), '4721');
  await user.click(screen.getByRole('button', { name: ar['register.submit'] }));
  await waitFor(() => expect(input('passwordConfirmation').getAttribute('aria-invalid')).toBe('true'));
  expect(input('captchaCode').value).toBe('4721');
  expect(screen.getByAltText(ar['captcha.alt'])).toBe(image);
});

test('offers the code spoken, as a labelled button next to the image, in the page language', async () => {
  renderWithApi(<RegisterForm />, [], 'en');
  await userEvent.setup().click(input('nationalId'));
  await screen.findByAltText(en['captcha.alt']);
  const listen = screen.getByRole('button', { name: en['captcha.listen'] });
  expect(listen.getAttribute('type')).toBe('button');
  expect(document.getElementById(listen.getAttribute('aria-describedby')!)?.getAttribute('role')).toBe('status');
});

test('the strength meter follows the password as it is typed', async () => {
  const user = userEvent.setup();
  renderWithApi(<RegisterForm />, []);
  const meter = () => document.querySelector('.strength')!;
  expect(meter().textContent).toContain(ar['strength.empty']);
  await user.type(input('password'), 'password');
  await waitFor(() => expect(meter().getAttribute('data-score')).toBe('0'), { timeout: 10_000 });
  expect(meter().textContent).toContain(ar['strength.0']);
  await user.clear(input('password'));
  await user.type(input('password'), 'Desert rose at dawn 1447');
  await waitFor(() => expect(Number(meter().getAttribute('data-score'))).toBeGreaterThanOrEqual(3), { timeout: 10_000 });
});
