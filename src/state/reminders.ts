/**
 * Reminders the popup keeps until the user ticks them off. Today there is one:
 * after the two-factor-methods guide, turn the method back on.
 */
import { defineStoredItem } from './stored-item';
import { z } from './zod';

const RemindersSchema = z.object({
  /** When the user was shown how to turn a method off (ms since epoch). */
  turnMethodBackOn: z.optional(z.int().check(z.positive())),
});
export type Reminders = z.infer<typeof RemindersSchema>;

/** A broken value is no reminder at all. */
export const remindersItem = defineStoredItem<Reminders>('local:reminders', { schema: RemindersSchema, fallback: {} });

/** Set once: a second time keeps the first date. */
export function setMethodReminder(now = Date.now()): Promise<Reminders> {
  return remindersItem.update((current) => (current.turnMethodBackOn ? current : { ...current, turnMethodBackOn: now }));
}

export function clearMethodReminder(): Promise<Reminders> {
  return remindersItem.update(({ turnMethodBackOn: _, ...rest }) => rest);
}
