import type { Config } from '../config';

/** Apollo Studio's Sandbox, which the README's "Exploring the API" section points at this server. */
export const APOLLO_STUDIO_ORIGIN = 'https://studio.apollographql.com';

/** `http(s)://localhost`, `127.0.0.1` or `[::1]`, any port: pages served from the developer's own machine. */
const LOCAL_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/;

/**
 * Which browser origins may call the API (CORS). Production: only `CORS_ORIGINS`. Elsewhere also
 * this machine's own origins and Apollo Studio — never any origin, since a development server
 * serves every SMS code at /dev/outbox and free payments. Credentials are never allowed: the
 * refresh cookie only goes to the portal's own origin.
 */
export function corsOrigin(config: Pick<Config, 'env' | 'corsOrigins'>): (origin: string | undefined, done: (error: Error | null, allow: boolean) => void) => void {
  const listed = new Set(config.corsOrigins);
  const development = config.env !== 'production';
  return (origin, done) => {
    if (origin === undefined) return done(null, false);
    done(null, listed.has(origin) || (development && (origin === APOLLO_STUDIO_ORIGIN || LOCAL_ORIGIN.test(origin))));
  };
}
