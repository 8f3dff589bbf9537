import { expect, test } from 'vitest';
import { safeReturnTo } from './sso';

test('the return path from the SSO fragment is kept only when it is a path on this site', () => {
  expect(safeReturnTo('/services/RENEW_PASSPORT')).toBe('/services/RENEW_PASSPORT');
  expect(safeReturnTo('/dashboard')).toBe('/dashboard');
  for (const outside of ['//evil.example/x', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)', 'dashboard', '', null]) {
    expect(safeReturnTo(outside)).toBe('/dashboard');
  }
});
