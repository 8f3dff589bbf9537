import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderServerMessages, SERVER_MESSAGES_PATH } from '../client/codegen/server-messages';
import { presentServerMessage } from '../client/src/i18n/server-text';
import { identityMessages } from '../server/modules/identity/identity.errors';
import { requestMessages } from '../server/modules/requests/requests.errors';
import { Language, localize } from '../server/shared/i18n';

/**
 * The web client keeps a generated copy of the server's messages so that a message already on
 * screen can be shown again in the other language after a switch. The server stays their author.
 */
describe("the client's copy of the server's messages", () => {
  it('is exactly what the server has (run `npm run messages:emit` after changing a message)', () => {
    expect(readFileSync(SERVER_MESSAGES_PATH, 'utf8')).toBe(renderServerMessages());
  });

  it('turns a message received in one language into the other, values included', () => {
    const remaining = { triesLeft: 3 };
    const arabic = localize(identityMessages.CODE_INVALID, Language.AR, remaining);
    const english = localize(identityMessages.CODE_INVALID, Language.EN, remaining);
    expect(english).toContain('3 tries left');
    expect(presentServerMessage({ code: 'CODE_INVALID', message: arabic }, 'en')).toBe(english);
    expect(presentServerMessage({ code: 'CODE_INVALID', message: english }, 'ar')).toBe(arabic);
    expect(presentServerMessage({ code: 'CODE_INVALID', message: english }, 'en')).toBe(english);
  });

  it('formats the dates a message carries like every other date on screen', () => {
    const arabic = localize(requestMessages.TOO_EARLY_TO_RENEW, Language.AR, { renewFrom: '2028-11-23' });
    const shown = presentServerMessage({ code: 'TOO_EARLY_TO_RENEW', message: arabic }, 'en');
    expect(shown).toContain('23 November 2028');
    expect(shown).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(presentServerMessage({ code: 'TOO_EARLY_TO_RENEW', message: arabic }, 'ar')).toMatch(/23 نوفمبر 2028/);
  });

  it('shows a message it cannot place (unknown code, other wording) as it came', () => {
    expect(presentServerMessage({ code: 'NO_SUCH_CODE', message: 'كما وصل' }, 'en')).toBe('كما وصل');
    expect(presentServerMessage({ code: 'CODE_INVALID', message: 'Something else' }, 'ar')).toBe('Something else');
    expect(presentServerMessage({ message: 'No code' }, 'ar')).toBe('No code');
  });
});
