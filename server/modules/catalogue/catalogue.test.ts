import { describe, expect, it } from 'vitest';
import { CATALOGUE, findServices, ServiceCategoryCode, ServiceCode } from './catalogue';

describe('catalogue', () => {
  it('has one entry per service code', () => {
    expect(CATALOGUE.map((s) => s.code).sort()).toEqual(Object.values(ServiceCode).sort());
  });
  it('filters by category and searches both languages', () => {
    expect(findServices(ServiceCategoryCode.TRAFFIC, null).every((s) => s.category === 'TRAFFIC')).toBe(true);
    expect(findServices(null, 'PASSPORT').map((s) => s.code)).toContain('RENEW_PASSPORT');
    expect(
      findServices(null, 'تأشيرة')
        .map((s) => s.code)
        .sort(),
    ).toEqual(['EXIT_REENTRY_VISA', 'EXTEND_EXIT_REENTRY_VISA', 'FINAL_EXIT_VISA']);
    expect(findServices(null, 'no such service')).toEqual([]);
  });
});
