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

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, redact: { paths: REDACT, censor: '[redacted]' }, base: undefined }, destination);
}
