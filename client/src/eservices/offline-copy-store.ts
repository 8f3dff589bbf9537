import type { DigitalIdOfflineCopyQuery } from '../gql/graphql';

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

const DATABASE = 'absher-offline';
const STORE = 'digital-id';
const KEY = 'offline-copy';

/** Counts the wipes: a copy asked for before a wipe (a log-out) is not saved after it. */
let wipes = 0;
export const wipeCount = (): number => wipes;

const listeners = new Set<() => void>();
/** Called whenever the stored copy changes (saved or wiped), in this tab. */
export function onOfflineCopyChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
const changed = () => listeners.forEach((l) => l());

/** The database; created only to write (reading where nothing was kept leaves nothing behind), null when absent. */
function open(create: boolean): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    let absent = false;
    request.onupgradeneeded = () => {
      if (create) request.result.createObjectStore(STORE);
      else {
        absent = true;
        request.transaction?.abort();
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => (absent ? resolve(null) : reject(request.error ?? new Error('IndexedDB unavailable')));
    request.onblocked = () => reject(new Error('IndexedDB blocked'));
  });
}

async function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | undefined> {
  const db = await open(mode === 'readwrite');
  if (!db) return undefined;
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = action(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB aborted'));
    });
  } finally {
    db.close();
  }
}

/** The kept copy, or null (none, unreadable, or storage unavailable, as in some private windows). */
export async function readOfflineCopy(): Promise<StoredOfflineCopy | null> {
  try {
    const value = (await run('readonly', (store) => store.get(KEY))) as StoredOfflineCopy | undefined;
    return value && typeof value.copy?.token === 'string' && typeof value.receivedAt === 'number' ? value : null;
  } catch {
    return null;
  }
}

/** Keeps `value`, unless the store was wiped since `askedAfterWipes` (the person logged out meanwhile). */
export async function saveOfflineCopy(value: StoredOfflineCopy, askedAfterWipes: number): Promise<void> {
  if (wipes !== askedAfterWipes) return;
  await run('readwrite', (store) => store.put(value, KEY));
  changed();
}

/** Forgets the kept copy, the whole database with it (log-out; the server refusing a new one). Never throws. */
export async function wipeOfflineCopy(): Promise<void> {
  wipes += 1;
  await new Promise<void>((resolve) => {
    try {
      const request = indexedDB.deleteDatabase(DATABASE);
      request.onsuccess = () => resolve();
      request.onerror = () => resolve();
      // Another tab holds it open: it is deleted once that tab lets go; meanwhile nothing opens it.
      request.onblocked = () => resolve();
    } catch {
      resolve();
    }
  });
  changed();
}

/** How long the copy lived when issued (ms), from the server's own times. */
export const lifetimeOf = (copy: OfflineCopy): number => Date.parse(copy.expiresAt) - Date.parse(copy.issuedAt);

/** When the copy stops verifying, by this device's clock. */
export const endOf = (stored: StoredOfflineCopy): number => stored.receivedAt + lifetimeOf(stored.copy);
