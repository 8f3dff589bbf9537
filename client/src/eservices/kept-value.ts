/**
 * One value kept on this device in IndexedDB, in a database of its own (so wiping one never wipes
 * another): the digital ID's offline copy, the wallet's offline copies. Never an access or refresh
 * token (those stay in memory and in the HttpOnly cookie).
 */
export interface KeptValue<T> {
  /** The kept value, or null (none, unreadable, or storage unavailable, as in some private windows). */
  read(): Promise<T | null>;
  /** Keeps `value`, unless it was wiped since `askedAfterWipes` (the person logged out meanwhile). */
  save(value: T, askedAfterWipes: number): Promise<void>;
  /** Forgets it, the whole database with it. Never throws. */
  wipe(): Promise<void>;
  /** Counts the wipes: a value asked for before a wipe (a log-out) is not saved after it. */
  wipeCount(): number;
  /** Called whenever it changes (saved or wiped), in this tab. */
  onChange(listener: () => void): () => void;
}

export function keptValue<T>(database: string, storeName: string, key: string, isValid: (value: unknown) => value is T): KeptValue<T> {
  let wipes = 0;
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((l) => l());

  /** The database; created only to write (reading where nothing was kept leaves nothing behind), null when absent. */
  const open = (create: boolean): Promise<IDBDatabase | null> =>
    new Promise((resolve, reject) => {
      const request = indexedDB.open(database, 1);
      let absent = false;
      request.onupgradeneeded = () => {
        if (create) request.result.createObjectStore(storeName);
        else {
          absent = true;
          request.transaction?.abort();
        }
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => (absent ? resolve(null) : reject(request.error ?? new Error('IndexedDB unavailable')));
      request.onblocked = () => reject(new Error('IndexedDB blocked'));
    });

  async function run<R>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<R>): Promise<R | undefined> {
    const db = await open(mode === 'readwrite');
    if (!db) return undefined;
    try {
      return await new Promise<R>((resolve, reject) => {
        const tx = db.transaction(storeName, mode);
        const request = action(tx.objectStore(storeName));
        tx.oncomplete = () => resolve(request.result);
        tx.onerror = () => reject(tx.error ?? new Error('IndexedDB failed'));
        tx.onabort = () => reject(tx.error ?? new Error('IndexedDB aborted'));
      });
    } finally {
      db.close();
    }
  }

  return {
    async read() {
      try {
        const value: unknown = await run('readonly', (store) => store.get(key));
        return isValid(value) ? value : null;
      } catch {
        return null;
      }
    },
    async save(value, askedAfterWipes) {
      if (wipes !== askedAfterWipes) return;
      await run('readwrite', (store) => store.put(value, key));
      changed();
    },
    async wipe() {
      wipes += 1;
      await new Promise<void>((resolve) => {
        try {
          const request = indexedDB.deleteDatabase(database);
          request.onsuccess = () => resolve();
          request.onerror = () => resolve();
          // Another tab holds it open: it is deleted once that tab lets go; meanwhile nothing opens it.
          request.onblocked = () => resolve();
        } catch {
          resolve();
        }
      });
      changed();
    },
    wipeCount: () => wipes,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
