import Database from 'better-sqlite3';
import { dirname } from 'node:path';
import { migrate } from './migrations.js';
import { ensurePrivateDir, ensurePrivateFile, tightenIfPresent } from './private-files.js';

export type SqliteDatabase = Database.Database;

/**
 * Opens (creating if needed) the embedded SQLite database and brings its schema up to date.
 * WAL mode lets the tab's reads proceed while the bot writes; `busy_timeout` makes a second
 * process (or server instance) wait for a lock instead of failing. The file and its WAL
 * companions are readable by their owner only (SQLite gives the companions the file's mode).
 */
export function openDatabase(file: string): SqliteDatabase {
  if (file !== ':memory:') {
    ensurePrivateDir(dirname(file));
    ensurePrivateFile(file);
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  if (file !== ':memory:') for (const suffix of ['-wal', '-shm']) tightenIfPresent(file + suffix);
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}
