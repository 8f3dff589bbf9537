import pino, { DestinationStream, Logger } from 'pino';

/**
 * Structured JSON logs. Whatever a caller passes, these paths are censored: the logs must never
 * hold a password, code, token, cookie or full national ID (SPEC §6).
 */
const REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.passwordConfirmation',
  '*.code',
  '*.captchaCode',
  '*.refreshToken',
  '*.accessToken',
  '*.token',
  '*.nationalId',
  'variables',
];

/**
 * Database errors quote the statement with its values inlined (an ID, an e-mail, a token hash):
 * in a logged error every quoted literal and every 10-digit ID-like number is masked.
 */
export function scrubErrorText(text: string): string {
  return text.replace(/'(?:[^']|'')*'/g, "'?'").replace(/\b[12]\d{9}\b/g, (id) => `${id[0]}•••••••${id.slice(-2)}`);
}

function scrubError(err: unknown): unknown {
  if (!err || typeof err !== 'object') return err;
  const { message, stack, ...rest } = err as { message?: unknown; stack?: unknown };
  return {
    ...rest,
    ...(typeof message === 'string' ? { message: scrubErrorText(message) } : {}),
    ...(typeof stack === 'string' ? { stack: scrubErrorText(stack) } : {}),
  };
}

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, redact: { paths: REDACT, censor: '[redacted]' }, serializers: { err: scrubError }, base: undefined }, destination);
}
