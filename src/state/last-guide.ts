/** The most recent guide, so the popup can offer to resume one that was closed. */
import { GuideStateSchema } from './guide-state';
import { defineStoredItem } from './stored-item';
import { z } from './zod';

export const LastGuideSchema = z.object({ tabId: z.number().int(), guide: GuideStateSchema });
export type LastGuide = z.infer<typeof LastGuideSchema>;

/** Null: no guide yet in this browser session (or an unreadable one). */
export const lastGuideItem = defineStoredItem<LastGuide | null>('session:last-guide', {
  schema: LastGuideSchema.nullable(),
  fallback: null,
});
