/**
 * One stored value: a typed item on WXT's storage, validated by its schema on
 * every read and every change a watcher sees. Absent or corrupt, it reads as
 * its fallback (a schema may keep the sound parts with `.catch`, field by field).
 * Versions and migrations are WXT's: the version lives under the key's meta key
 * (`<key>$` = `{ v: n }`), and migrations run once, when the item is defined.
 */
import { storage } from 'wxt/utils/storage';
import { reportFailure } from '../diagnostics/report';
import type { z } from './zod';

/** Kept on this device (`local:`) or until the browser closes (`session:`, background and popup only). */
export type StoredKey = `local:${string}` | `session:${string}`;

export interface StoredItemOptions<T> {
  /** Parses whatever storage holds into a sound value, or fails (then: the fallback). */
  schema: z.ZodMiniType<T, unknown>;
  fallback: T;
  /** The shape's version, 1 for the first; raise it together with a migration. */
  version?: number;
  /** From the previous version's value to this version's: `{ 2: (v1) => v2 }`. */
  migrations?: Record<number, (previous: unknown) => unknown>;
}

export interface StoredItem<T> {
  readonly key: StoredKey;
  /** Validates any value the way a read does (absent, corrupt: the fallback). */
  parse(raw: unknown): T;
  /** The stored value, validated; the fallback when absent, corrupt or unreadable. */
  read(): Promise<T>;
  /** Stores a value (as its schema cleans it) and resolves to what was stored; rejects an invalid one. */
  write(value: T): Promise<T>;
  /** Reads, changes and writes back. */
  update(change: (current: T) => T): Promise<T>;
  /** Forgets the value (reads give the fallback again). */
  remove(): Promise<void>;
  /** Every change, from any context, validated; returns the unwatch function. */
  watch(callback: (value: T) => void): () => void;
}

/** Pending updates per key, in this context: each read-change-write waits for the one before, so two
 * quick ticks never overwrite each other (items made for the same key share the queue). */
const updates = new Map<StoredKey, Promise<unknown>>();

export function defineStoredItem<T>(key: StoredKey, options: StoredItemOptions<T>): StoredItem<T> {
  const { schema, fallback, version = 1, migrations } = options;
  const item = storage.defineItem<unknown>(key, migrations ? { version, migrations } : { version });
  const fallbackCopy = (): T => structuredClone(fallback);
  const parse = (raw: unknown): T => {
    const parsed = schema.safeParse(raw);
    return parsed.success ? parsed.data : fallbackCopy();
  };
  const read = async (): Promise<T> => {
    try {
      return parse(await item.getValue());
    } catch (error) {
      // Storage itself failed (not a corrupt value, which parse handles): the fallback, said once.
      reportFailure(`reading ${key}`, error);
      return fallbackCopy();
    }
  };
  const write = async (value: T): Promise<T> => {
    const clean = schema.parse(value);
    await item.setValue(clean);
    return clean;
  };
  return {
    key,
    parse,
    read,
    write,
    update: (change) => {
      const next = (updates.get(key) ?? Promise.resolve()).catch(() => undefined).then(async () => write(change(await read())));
      updates.set(key, next);
      void next.finally(() => updates.get(key) === next && updates.delete(key)).catch(() => undefined);
      return next;
    },
    remove: () => item.removeValue(),
    watch: (callback) => item.watch((raw) => callback(parse(raw))),
  };
}
