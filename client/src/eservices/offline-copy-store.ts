import type { DigitalIdOfflineCopyQuery } from '../gql/graphql';
import { keptValue } from './kept-value';

/** The offline copy as the server issues it: the token, its QR code, and what the card shows. */
export type OfflineCopy = NonNullable<DigitalIdOfflineCopyQuery['digitalIdOfflineCopy']['offlineCopy']>;

/**
 * What this device keeps (IndexedDB): the offline copy and when it came, by this device's clock —
 * never an access or refresh token (those stay in memory and in the HttpOnly cookie).
 */
export interface StoredOfflineCopy {
  copy: OfflineCopy;
  /** The account it was issued to (its opaque ID): another person signing in here replaces it. */
  accountId: string;
  /** When this device received it (ms): its age, and its end by this device's clock (the phone's clock may differ from the server's). */
  receivedAt: number;
}

const kept = keptValue<StoredOfflineCopy>('absher-offline', 'digital-id', 'offline-copy', (value): value is StoredOfflineCopy => {
  const v = value as StoredOfflineCopy | undefined;
  return !!v && typeof v.copy?.token === 'string' && typeof v.receivedAt === 'number';
});

/** Counts the wipes: a copy asked for before a wipe (a log-out) is not saved after it. */
export const wipeCount = (): number => kept.wipeCount();
/** Called whenever the stored copy changes (saved or wiped), in this tab. */
export const onOfflineCopyChange = (listener: () => void): (() => void) => kept.onChange(listener);
/** The kept copy, or null (none, unreadable, or storage unavailable, as in some private windows). */
export const readOfflineCopy = (): Promise<StoredOfflineCopy | null> => kept.read();
/** Keeps `value`, unless the store was wiped since `askedAfterWipes` (the person logged out meanwhile). */
export const saveOfflineCopy = (value: StoredOfflineCopy, askedAfterWipes: number): Promise<void> => kept.save(value, askedAfterWipes);
/** Forgets the kept copy, the whole database with it (log-out; the server refusing a new one). Never throws. */
export const wipeOfflineCopy = (): Promise<void> => kept.wipe();

/** How long the copy lived when issued (ms), from the server's own times. */
export const lifetimeOf = (copy: OfflineCopy): number => Date.parse(copy.expiresAt) - Date.parse(copy.issuedAt);

/** When the copy stops verifying, by this device's clock. */
export const endOf = (stored: StoredOfflineCopy): number => stored.receivedAt + lifetimeOf(stored.copy);
