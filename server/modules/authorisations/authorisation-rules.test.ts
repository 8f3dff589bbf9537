import { describe, expect, it } from 'vitest';
import { ServiceCode } from '../catalogue';
import { AuthorisationStatus } from './authorisation.entity';
import { DELEGABLE_SERVICES, effectiveStatus, grantRefusals, permits } from './authorisation-rules';

const TODAY = '2026-06-10';
const ok = { today: TODAY, startsOn: TODAY, endsOn: '2026-09-10', services: ['RENEW_PASSPORT'] };
const fields = (facts: Parameters<typeof grantRefusals>[0]) => grantRefusals(facts).map((e) => `${e.field}:${e.code}`);

describe('giving an authorisation', () => {
  it('passes from today for up to one year (the anniversary of the first day included)', () => {
    expect(fields(ok)).toEqual([]);
    expect(fields({ ...ok, endsOn: TODAY })).toEqual([]);
    expect(fields({ ...ok, startsOn: '2026-06-11', endsOn: '2027-06-11' })).toEqual([]);
  });
  it('refuses each date at its boundary', () => {
    expect(fields({ ...ok, startsOn: '2026-06-09' })).toEqual(['startsOn:START_IN_PAST']);
    expect(fields({ ...ok, startsOn: 'tomorrow' })).toEqual(['startsOn:START_IN_PAST']);
    expect(fields({ ...ok, endsOn: '2026-06-09', startsOn: TODAY })).toEqual(['endsOn:END_IN_PAST']);
    expect(fields({ ...ok, startsOn: '2026-06-20', endsOn: '2026-06-19' })).toEqual(['endsOn:END_BEFORE_START']);
    expect(fields({ ...ok, startsOn: '2026-06-11', endsOn: '2027-06-12' })).toEqual(['endsOn:TOO_LONG']);
  });
  it('refuses no services and services that cannot be delegated', () => {
    expect(fields({ ...ok, services: [] })).toEqual(['services:SERVICES_EMPTY']);
    for (const code of [ServiceCode.AUTHORIZE_DRIVER, ServiceCode.DISPUTE_VIOLATION, ServiceCode.FINAL_EXIT_VISA]) {
      expect(DELEGABLE_SERVICES).not.toContain(code);
      expect(fields({ ...ok, services: ['RENEW_PASSPORT', code] })).toEqual(['services:SERVICE_NOT_DELEGABLE']);
    }
    expect(DELEGABLE_SERVICES).toContain(ServiceCode.RENEW_VEHICLE_REGISTRATION);
  });
});

describe('what an authorisation permits, and its status on a day', () => {
  const a = { status: AuthorisationStatus.ACCEPTED, startsOn: '2026-06-10', endsOn: '2026-06-20', services: ['RENEW_PASSPORT'] };
  it('permits only when accepted, between its first and last day, for a service it names', () => {
    expect(permits(a, ServiceCode.RENEW_PASSPORT, '2026-06-10')).toBe(true);
    expect(permits(a, ServiceCode.RENEW_PASSPORT, '2026-06-20')).toBe(true);
    expect(permits(a, ServiceCode.RENEW_PASSPORT, '2026-06-09')).toBe(false);
    expect(permits(a, ServiceCode.RENEW_PASSPORT, '2026-06-21')).toBe(false);
    expect(permits(a, ServiceCode.RENEW_IQAMA, '2026-06-15')).toBe(false);
    for (const status of [AuthorisationStatus.PENDING, AuthorisationStatus.DECLINED, AuthorisationStatus.REVOKED])
      expect(permits({ ...a, status }, ServiceCode.RENEW_PASSPORT, '2026-06-15')).toBe(false);
  });
  it('is EXPIRED the day after its last day while pending or accepted; declined and revoked stay as they are', () => {
    expect(effectiveStatus(a, '2026-06-20')).toBe(AuthorisationStatus.ACCEPTED);
    expect(effectiveStatus(a, '2026-06-21')).toBe(AuthorisationStatus.EXPIRED);
    expect(effectiveStatus({ ...a, status: AuthorisationStatus.PENDING }, '2026-06-21')).toBe(AuthorisationStatus.EXPIRED);
    expect(effectiveStatus({ ...a, status: AuthorisationStatus.REVOKED }, '2026-06-21')).toBe(AuthorisationStatus.REVOKED);
    expect(effectiveStatus({ ...a, status: AuthorisationStatus.DECLINED }, '2026-06-21')).toBe(AuthorisationStatus.DECLINED);
  });
});
