import sqlite3 from 'sqlite3';

// node-sqlite3 has the online-backup API but its typings omit it.
interface Backup {
  readonly completed: boolean;
  step(pages: number, callback: (error: Error | null) => void): void;
  finish(callback: () => void): void;
}
interface BackupCapable {
  backup(file: string, destName: string, sourceName: string, filenameIsDest: boolean, callback: (error: Error | null) => void): Backup;
}

/**
 * SQLite's online backup: copies a live database page by page while the server keeps serving
 * (WAL readers and the writer go on; the copy is a consistent snapshot). `direction: 'restore'`
 * copies a backup file into the database instead.
 */
export function sqliteBackup(database: string, file: string, direction: 'backup' | 'restore' = 'backup'): Promise<void> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(database, (openError) => {
      if (openError) return reject(openError);
      db.configure('busyTimeout', 10_000);
      // filenameIsDest: true copies database → file; false copies file → database.
      const backup = (db as unknown as BackupCapable).backup(file, 'main', 'main', direction === 'backup', (startError: Error | null) => {
        if (startError) return db.close(() => reject(startError));
        const step = () =>
          backup.step(256, (stepError: Error | null) => {
            if (stepError && !backup.completed) return backup.finish(() => db.close(() => reject(stepError)));
            if (backup.completed) return backup.finish(() => db.close((closeError) => (closeError ? reject(closeError) : resolve())));
            setImmediate(step);
          });
        step();
      });
    });
  });
}
