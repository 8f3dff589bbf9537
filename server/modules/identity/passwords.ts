import { availableParallelism } from 'node:os';
import { hash, verify } from '@node-rs/argon2';

/** argon2id at OWASP's minimum (19 MiB, 2 passes, 1 lane); @node-rs/argon2 defaults to argon2id. */
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * At most one hash per core at a time. Hashing is pure CPU, so more in flight adds no throughput,
 * only 19 MiB of memory each and libuv threads taken from the database's queries; the rest wait
 * their turn here.
 */
class Gate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly limit: number) {}
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}
const gate = new Gate(Math.max(1, availableParallelism()));

export function hashPassword(password: string): Promise<string> {
  return gate.run(() => hash(password, ARGON2));
}

export function verifyPassword(stored: string, password: string): Promise<boolean> {
  return gate.run(() => verify(stored, password)).catch(() => false);
}

let dummy: Promise<string> | undefined;
/**
 * Spends one hash on an unknown identifier, so that "no such user" takes as long as "wrong
 * password" (SPEC §3).
 */
export async function spendPasswordHash(password: string): Promise<void> {
  dummy ??= hashPassword('timing-equaliser-not-a-password');
  await verifyPassword(await dummy, password);
}
