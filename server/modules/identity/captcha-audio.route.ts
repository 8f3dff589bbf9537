import type { FastifyInstance } from 'fastify';
import { GraphQLError } from 'graphql';
import type { Deps } from '../../shared/module';
import { ErrorCode } from '../../shared/errors';
import { Language, languageFromHeader } from '../../shared/i18n';
import type { CaptchaAudioLanguage } from './captcha-audio';

/**
 * `GET /captcha/:id/audio?lang=ar|en`: the digits of a live image code, spoken and rendered anew
 * (`audio/wav`, never cached). Limited per client address like `newCaptcha`; an unknown, used or
 * expired code, or one played too often, is a 404.
 */
export function registerCaptchaAudioRoute(http: FastifyInstance, { rateLimits, captchas, work }: Deps<'rateLimits' | 'captchas' | 'work'>): void {
  http.get<{ Params: { id: string }; Querystring: { lang?: string } }>('/captcha/:id/audio', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const asked = request.query.lang;
    if (asked !== undefined && asked !== 'ar' && asked !== 'en') return reply.code(400).send({ error: 'lang must be ar or en' });
    const lang: CaptchaAudioLanguage = asked ?? (languageFromHeader(request.headers['accept-language']) === Language.EN ? 'en' : 'ar');
    try {
      await rateLimits.consume('captcha-audio-address', request.ip, lang === 'en' ? Language.EN : Language.AR);
    } catch (error) {
      if (!(error instanceof GraphQLError) || error.extensions.code !== ErrorCode.RATE_LIMITED) throw error;
      return reply.code(429).header('retry-after', String(error.extensions.retryAfter)).send({ error: error.message });
    }
    const wav = await captchas.audio(work.begin().em, request.params.id, lang);
    if (!wav) return reply.code(404).send({ error: 'Not Found' });
    return reply.header('content-type', 'audio/wav').header('content-language', lang).send(wav);
  });
}
