/** The most recent guide, so the popup can offer to resume one that was closed. */
import type { LastGuide } from '../model/tab-state';
import { GuideStateSchema } from './guide-state';
import { defineStoredItem } from './stored-item';
import { z } from './zod';

const LastGuideSchema = z.object({ tabId: z.int(), guide: GuideStateSchema }) satisfies z.ZodMiniType<LastGuide>;
export type { LastGuide };

/** Null: no guide yet in this browser session (or an unreadable one). */
export const lastGuideItem = defineStoredItem<LastGuide | null>('session:last-guide', {
  schema: z.nullable(LastGuideSchema),
  fallback: null,
});
