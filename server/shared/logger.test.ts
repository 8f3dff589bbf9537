import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, scrubErrorText } from './logger';

describe('scrubErrorText', () => {
  it('masks quoted SQL literals and ID-like numbers, keeps the rest', () => {
    expect(scrubErrorText("select * from `accounts` where `national_id` = '1000000008' and x = 'it''s' - no such table: accounts")).toBe(
      "select * from `accounts` where `national_id` = '?' and x = '?' - no such table: accounts",
    );
    expect(scrubErrorText('person 2000000006 not found at line 42')).toBe('person 2•••••••06 not found at line 42');
  });
});

describe('createLogger', () => {
  it('redacts secret fields and scrubs logged errors', () => {
    const lines: string[] = [];
    const log = createLogger('info', new Writable({ write: (chunk, _e, done) => (lines.push(String(chunk)), done()) }));
    log.error({ input: { password: 'hunter2 hunter2', code: '123456' }, variables: { a: 1 }, err: { message: "where id = '1000000008'" } }, 'boom');
    const line = lines.join('');
    expect(line).not.toMatch(/hunter2|123456|1000000008|"a":1/);
    expect(line).toContain('[redacted]');
  });
});
