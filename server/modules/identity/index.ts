import type { AccountCareService } from './account-care.service';
import type { Captchas } from './captcha';
import type { Codes } from './codes';
import type { CurrentAccounts } from './current-account';
import type { IdentityService } from './identity.service';
import type { Sessions } from './sessions';
import type { AccessTokens } from './tokens';

export { identity } from './identity.module';
export { Account, LoginSession, RefreshToken, SessionEndReason } from './account.entity';
export type { AccountCareService } from './account-care.service';
export type { IdentityService, SignedIn } from './identity.service';
export { MINIMUM_AGE } from './identity.service';
export type { IssuedSession, Sessions } from './sessions';
export { ACCESS_TOKEN_TYPE, API_AUDIENCE } from './tokens';
export { accountCareMessages } from './account-care.errors';
export { identityMessages, IdentityErrors } from './identity.errors';
export type { IdentityError, IdentityErrorCode } from './identity.errors';
export { AuthPayload, CodeChallenge, Session } from './identity.payloads';
export { REFRESH_COOKIE, SESSION_HINT_COOKIE, challengeOf, setRefreshCookie, signInPayload } from './identity.resolver';
export { accountCareTexts } from './account-care.texts';
export { USERNAME_PATTERN, parseEmail } from './password-policy';
export { hashPassword } from './passwords';
export { Challenge, ChallengePurpose, CaptchaCode } from './challenge.entity';
export { CodeGuard } from './code-guard';

declare module '../../shared/module' {
  interface Registry {
    accessTokens: AccessTokens;
    sessions: Sessions;
    currentAccounts: CurrentAccounts;
    captchas: Captchas;
    codes: Codes;
    identity: IdentityService;
    accountCare: AccountCareService;
  }
}
