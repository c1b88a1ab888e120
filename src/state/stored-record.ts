/**
 * A record stored as one key per field (`<key>.<field>`), with the interface of a stored item.
 * One object written whole by two views (the popup and the panel on the page) loses a write when
 * both change it at once: each reads, changes its field and writes back the other's old value.
 * Here a change writes only the fields it changed, so two views ticking different items at the
 * same moment both keep their tick (issue 21). A field that is absent or unsound reads as absent.
 */
import { storage } from 'wxt/utils/storage';
import { reportFailure } from '../diagnostics/report';
import type { StoredItem, StoredKey } from './stored-item';
import type { z } from './zod';

type StoredRecordValue<Field extends string, V> = Partial<Record<Field, V>>;

export interface StoredRecordOptions<Field extends string, V> {
  fields: readonly Field[];
  /** Parses one field's stored value; a failure reads as absent. */
  field: z.ZodMiniType<V, unknown>;
  /** The key that held the whole record before, read once and split into fields (then removed). */
  legacy?: { key: StoredKey; parse(raw: unknown): StoredRecordValue<Field, V> };
}

export interface StoredRecord<Field extends string, V> extends StoredItem<StoredRecordValue<Field, V>> {
  /** Moves a legacy value into the fields (fields already set win); safe to run in every context. */
  migrate(): Promise<void>;
}

type Key = `local:${string}` | `session:${string}`;

export function defineStoredRecord<Field extends string, V>(key: StoredKey, options: StoredRecordOptions<Field, V>): StoredRecord<Field, V> {
  type Value = StoredRecordValue<Field, V>;
  const { fields, field: fieldSchema, legacy } = options;
  const keyOf = (field: Field): Key => `${key}.${field}`;
  const keys = fields.map(keyOf);

  const parseField = (raw: unknown): V | undefined => {
    if (raw === null || raw === undefined) return undefined;
    const parsed = fieldSchema.safeParse(raw);
    return parsed.success ? parsed.data : undefined;
  };
  const parse = (raw: unknown): Value => {
    const value: Value = {};
    if (typeof raw !== 'object' || raw === null) return value;
    for (const field of fields) {
      const sound = parseField((raw as Record<string, unknown>)[field]);
      if (sound !== undefined) value[field] = sound;
    }
    return value;
  };

  /** In flight in this context: reads wait for it rather than start a second one. */
  let migration: Promise<void> | undefined;
  const migrateNow = async (): Promise<void> => {
    if (!legacy) return;
    const old = await storage.getItem<unknown>(legacy.key);
    if (old === null) return;
    const stored = await storage.getItems(keys); // in the order asked
    const fromOld = legacy.parse(old);
    const missing = fields.filter((field, i) => stored[i]?.value === null && fromOld[field] !== undefined);
    if (missing.length > 0) await storage.setItems(missing.map((field) => ({ key: keyOf(field), value: fromOld[field] })));
    await storage.removeItem(legacy.key, { removeMeta: true });
  };
  // Every read looks for a legacy value (one key, so cheap): it is moved by whichever context reads first.
  const migrate = (): Promise<void> => {
    migration ??= migrateNow()
      .catch((error: unknown) => reportFailure(`moving ${legacy?.key ?? key} to one key per item`, error))
      .finally(() => (migration = undefined));
    return migration;
  };

  const readFields = async (): Promise<Value> => {
    await migrate();
    const stored = await storage.getItems(keys);
    return parse(Object.fromEntries(fields.map((field, i) => [field, stored[i]?.value])));
  };
  const read = async (): Promise<Value> => {
    try {
      return await readFields();
    } catch (error) {
      reportFailure(`reading ${key}`, error);
      return {};
    }
  };
  /** Writes the fields that differ from `before`: set, or removed when absent. */
  const writeChanges = async (before: Value, after: Value): Promise<Value> => {
    const clean = parse(after);
    const changed = fields.filter((field) => clean[field] !== before[field]);
    const set = changed.filter((field) => clean[field] !== undefined);
    const removed = changed.filter((field) => clean[field] === undefined);
    if (set.length > 0) await storage.setItems(set.map((field) => ({ key: keyOf(field), value: clean[field] })));
    if (removed.length > 0) await storage.removeItems(removed.map(keyOf));
    return clean;
  };

  /** This context's pending updates, one after the other (the other context's are kept by the split). */
  let queue: Promise<unknown> = Promise.resolve();
  return {
    key,
    parse,
    read,
    migrate,
    write: async (value) => writeChanges(await readFields(), value),
    update: (change) => {
      const next = queue
        .catch(() => undefined)
        .then(async () => {
          const current = await readFields();
          return writeChanges(current, change(current));
        });
      queue = next;
      return next;
    },
    remove: () => storage.removeItems(keys),
    watch: (callback) => {
      // Any field's change: the whole record, read afresh; an answer older than one already given is dropped.
      let asked = 0;
      let answered = 0;
      const unwatch = keys.map((fieldKey) =>
        storage.watch<unknown>(fieldKey, () => {
          const mine = ++asked;
          void read().then((value) => {
            if (mine < answered) return;
            answered = mine;
            callback(value);
          });
        }),
      );
      return () => unwatch.forEach((stop) => stop());
    },
  };
}
