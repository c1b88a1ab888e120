/**
 * Reminders the popup keeps until the user ticks them off. Today there is one:
 * after the two-factor-methods guide, turn the method back on.
 */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

export const RemindersSchema = z.object({
  /** When the user was shown how to turn a method off (ms since epoch). */
  turnMethodBackOn: z.number().int().positive().optional(),
});
export type Reminders = z.infer<typeof RemindersSchema>;

export const remindersItem = storage.defineItem<Reminders>('local:reminders', { fallback: {}, version: 1 });

export async function loadReminders(): Promise<Reminders> {
  try {
    const parsed = RemindersSchema.safeParse(await remindersItem.getValue());
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export async function setMethodReminder(now = Date.now()): Promise<void> {
  const current = await loadReminders();
  if (!current.turnMethodBackOn) await remindersItem.setValue({ ...current, turnMethodBackOn: now });
}

export async function clearMethodReminder(): Promise<void> {
  const { turnMethodBackOn: _, ...rest } = await loadReminders();
  await remindersItem.setValue(rest);
}
