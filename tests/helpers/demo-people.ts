import type { GraphQLClient } from './graphql-client';
import { register } from './flows';
import type { TestApp } from './test-app';

/** Adults of the demo registry (README) who may register, with what a test needs to sign them up. */
export const ADULTS = {
  mohammed: { nationalId: '1000000008', mobile: '+966500000001', local: '0500000001' },
  rajesh: { nationalId: '2000000006', mobile: '+966500000002', local: '0500000002' },
  noura: { nationalId: '1000000032', mobile: '+966500000005', local: '0500000005' },
  fahd: { nationalId: '1000000040', mobile: '+966500000006', local: '0500000006' },
  maria: { nationalId: '2000000014', mobile: '+966500000007', local: '0500000007' },
} as const;

export type AdultName = keyof typeof ADULTS;

/** Registers a demo adult on a fresh client of their own, in their chosen language; returns that signed-in client. */
export async function signUp(t: TestApp, who: AdultName, language: 'AR' | 'EN' = 'AR'): Promise<GraphQLClient> {
  const api = t.client();
  api.language = language.toLowerCase();
  const person = ADULTS[who];
  await register(
    t,
    {
      nationalId: person.nationalId,
      mobile: person.local,
      username: `${who}.demo`,
      email: `${who}@example.sa`,
      emailConfirmation: `${who}@example.sa`,
      preferredLanguage: language,
    },
    api,
  );
  return api;
}
