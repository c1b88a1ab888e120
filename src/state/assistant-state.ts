/**
 * The assistant's answers ("what do you still have?"), kept on this device
 * until the user clears them.
 */
import { HAVES, type Have } from '../model/ids';
import { defineStoredItem } from './stored-item';
import { z } from './zod';

export interface Answers {
  have: Have[];
}

/** Unknown or repeated entries are dropped (in the plan's order); anything unreadable is "no answers". */
const AnswersSchema: z.ZodMiniType<Answers, unknown> = z.object({
  have: z.pipe(
    z.catch(z.array(z.unknown()), []),
    z.transform((list: unknown[]) => HAVES.filter((what) => list.includes(what))),
  ),
});

export const answersItem = defineStoredItem<Answers>('local:assistant', { schema: AnswersSchema, fallback: { have: [] } });
