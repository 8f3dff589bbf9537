import { describe, expect, it } from 'vitest';
import { Language } from '../../shared/i18n';
import type { Person } from '../registry/person.entity';
import { Sealer } from '../../shared/sealed';
import { SsoFailure } from './sso.errors';
import { failurePage, pageLanguage, ssoFailureTexts } from './sso.pages';
import { personRefusal, safeReturnPath } from './sso.service';

describe('safeReturnPath', () => {
  it('keeps paths on this portal', () => {
    expect(safeReturnPath('/services?x=1')).toBe('/services?x=1');
    expect(safeReturnPath('/')).toBe('/');
  });
  it('turns everything that could leave the portal into /', () => {
    for (const bad of ['https://evil.example/', '//evil.example', '/\\evil.example', 'services', '', '/a\nb', undefined, 42, ['/x'], `/${'a'.repeat(600)}`]) {
      expect(safeReturnPath(bad)).toBe('/');
    }
  });
});

describe('personRefusal', () => {
  const now = new Date('2026-11-25T09:00:00Z');
  const person = (dateOfBirth: string, deceased = false) => ({ dateOfBirth, deceased }) as Person;
  it('refuses nobody, the dead, and anyone under 17 on the day in Riyadh', () => {
    expect(personRefusal(null, now)).toBe(SsoFailure.NOT_IN_REGISTRY);
    expect(personRefusal(person('1980-01-01', true), now)).toBe(SsoFailure.DECEASED);
    expect(personRefusal(person('2009-11-26'), now)).toBe(SsoFailure.UNDER_AGE);
    expect(personRefusal(person('2009-11-25'), now)).toBeNull();
    // 22:00 UTC on the 24th is already the 25th in Riyadh: the 17th birthday has come.
    expect(personRefusal(person('2009-11-25'), new Date('2026-11-24T22:00:00Z'))).toBeNull();
  });
});

describe('Sealer', () => {
  const now = new Date('2026-11-25T09:00:00Z');
  it('opens what it sealed, under any of its secrets, until it expires', async () => {
    const old = new Sealer(['old-secret-0123456789-0123456789-01'], 'p');
    const token = await old.seal({ state: 's' }, now, 60);
    const rotated = new Sealer(['new-secret-0123456789-0123456789-01', 'old-secret-0123456789-0123456789-01'], 'p');
    expect(await rotated.open(token, now)).toMatchObject({ state: 's' });
    expect(await rotated.open(token, new Date(now.getTime() + 61_000))).toBeNull();
  });
  it('refuses other purposes, other secrets and altered tokens', async () => {
    const sealer = new Sealer(['secret-0123456789-0123456789-0123'], 'a');
    const token = await sealer.seal({ state: 's' }, now, 60);
    expect(await new Sealer(['secret-0123456789-0123456789-0123'], 'b').open(token, now)).toBeNull();
    expect(await new Sealer(['other-0123456789-0123456789-01234'], 'a').open(token, now)).toBeNull();
    const parts = token.split('.');
    parts[3] = parts[3].slice(0, -2) + (parts[3].endsWith('AA') ? 'BB' : 'AA');
    expect(await sealer.open(parts.join('.'), now)).toBeNull();
    expect(await sealer.open('not a token', now)).toBeNull();
  });
});

describe('failure pages', () => {
  it('speak the cookie language first, else Accept-Language, else Arabic', () => {
    expect(pageLanguage('en', 'ar')).toBe(Language.EN);
    expect(pageLanguage(undefined, 'en-GB,en;q=0.8')).toBe(Language.EN);
    expect(pageLanguage('fr', undefined)).toBe(Language.AR);
  });
  it('give every failure both languages, the chosen one first', () => {
    for (const failure of Object.values(SsoFailure)) {
      const page = failurePage(failure, Language.EN);
      expect(page.indexOf(ssoFailureTexts[failure].en)).toBeGreaterThan(0);
      expect(page.indexOf(ssoFailureTexts[failure].en)).toBeLessThan(page.indexOf(ssoFailureTexts[failure].ar));
    }
  });
});
