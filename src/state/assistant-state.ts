/**
 * The assistant's answers ("what do you still have?"), kept on this device
 * until the user clears them. Owned by the background, which validates them.
 */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { HAVES, type Have } from '../model/ids';

export const AnswersSchema = z.object({ have: z.array(z.enum(HAVES)).max(HAVES.length) });
export type Answers = z.infer<typeof AnswersSchema>;

export const answersItem = storage.defineItem<Answers>('local:assistant', { fallback: { have: [] }, version: 1 });

/** Unknown or repeated entries are dropped; anything unreadable is "no answers". */
export function parseAnswers(raw: unknown): Answers {
  const list = (raw as { have?: unknown } | null)?.have;
  if (!Array.isArray(list)) return { have: [] };
  const have = HAVES.filter((what: Have) => list.includes(what));
  return AnswersSchema.parse({ have });
}

export async function loadAnswers(): Promise<Answers> {
  try {
    return parseAnswers(await answersItem.getValue());
  } catch {
    return { have: [] };
  }
}

export async function saveAnswers(answers: Answers): Promise<Answers> {
  const clean = parseAnswers(answers);
  await answersItem.setValue(clean);
  return clean;
}
