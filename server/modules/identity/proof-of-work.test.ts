import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { describe, expect, it } from 'vitest';
import { seededFraction } from '../../shared/random';
import { PROOF_OF_WORK_ALGORITHM, PROOF_OF_WORK_COST, ProofOfWork } from './proof-of-work';

const SECRET = 'a-test-secret-of-at-least-32-characters';
const CAPTCHA = '3f1b2c4d-0000-4000-8000-000000000001';

async function solve(challengeJson: string): Promise<string> {
  const challenge = JSON.parse(challengeJson) as Challenge;
  const solution = await solveChallenge({ challenge, deriveKey });
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}

describe('proof of work (ALTCHA, PBKDF2)', () => {
  const pow = new ProofOfWork([SECRET], 20, seededFraction(1));

  it('issues a signed challenge of the configured algorithm and cost, bound to the captcha', async () => {
    const challenge = JSON.parse(await pow.issue(CAPTCHA)) as Challenge;
    expect(challenge.parameters).toMatchObject({ algorithm: PROOF_OF_WORK_ALGORITHM, cost: PROOF_OF_WORK_COST, data: { captcha: CAPTCHA } });
    expect(challenge.signature).toMatch(/^[0-9a-f]{64}$/);
  });

  it('accepts a solution of its own challenge for that captcha', async () => {
    expect(await pow.check(await solve(await pow.issue(CAPTCHA)), CAPTCHA)).toBeNull();
  });

  it('never needs more attempts than the maximum, and draws the counter anew each time', async () => {
    const counters = new Set<number>();
    for (let i = 0; i < 12; i++) {
      const challenge = JSON.parse(await pow.issue(CAPTCHA)) as Challenge;
      const solution = (await solveChallenge({ challenge, deriveKey }))!;
      expect(solution.counter).toBeLessThanOrEqual(20);
      counters.add(solution.counter);
    }
    expect(counters.size).toBeGreaterThan(3);
  });

  it('refuses a missing payload as missing, and a solution for another captcha, a wrong key, an altered challenge or garbage as invalid', async () => {
    expect(await pow.check(undefined, CAPTCHA)).toBe('PROOF_OF_WORK_MISSING');
    expect(await pow.check('  ', CAPTCHA)).toBe('PROOF_OF_WORK_MISSING');
    const good = await solve(await pow.issue(CAPTCHA));
    expect(await pow.check(good, '3f1b2c4d-0000-4000-8000-000000000002')).toBe('PROOF_OF_WORK_INVALID');
    const decoded = JSON.parse(Buffer.from(good, 'base64').toString());
    const reencode = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64');
    expect(await pow.check(reencode({ ...decoded, solution: { ...decoded.solution, derivedKey: decoded.solution.derivedKey.replace(/^./, (c: string) => (c === '0' ? '1' : '0')) } }), CAPTCHA)).toBe(
      'PROOF_OF_WORK_INVALID',
    );
    const cheaper = { ...decoded, challenge: { ...decoded.challenge, parameters: { ...decoded.challenge.parameters, cost: 1 } } };
    expect(await pow.check(reencode(cheaper), CAPTCHA)).toBe('PROOF_OF_WORK_INVALID');
    const otherKeyPrefix = { ...decoded, challenge: { ...decoded.challenge, parameters: { ...decoded.challenge.parameters, keyPrefix: '00' } } };
    expect(await pow.check(reencode(otherKeyPrefix), CAPTCHA)).toBe('PROOF_OF_WORK_INVALID');
    for (const junk of ['not base64 at all', Buffer.from('[]').toString('base64'), Buffer.from('{"challenge":1}').toString('base64'), 'A'.repeat(10_000)]) {
      expect(await pow.check(junk, CAPTCHA)).toBe('PROOF_OF_WORK_INVALID');
    }
  });

  it('refuses a challenge signed under a key it does not hold, and keeps accepting the previous key after a rotation', async () => {
    const other = new ProofOfWork(['another-secret-of-at-least-32-characters'], 20, seededFraction(2));
    const foreign = await solve(await other.issue(CAPTCHA));
    expect(await pow.check(foreign, CAPTCHA)).toBe('PROOF_OF_WORK_INVALID');
    const rotated = new ProofOfWork(['a-brand-new-secret-of-32-characters-or-more', SECRET], 20);
    expect(await rotated.check(await solve(await pow.issue(CAPTCHA)), CAPTCHA)).toBeNull();
  });
});
