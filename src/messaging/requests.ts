/**
 * Messages to the background, validated there: anything else is ignored.
 * Messages to the content script are few and typed in content-client.ts.
 */
import { z } from 'zod';
import { GUIDE_IDS } from '../guides/tour/guides';
import { TabStateSchema } from '../state/tab-state';

export const BackgroundRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('tab-state:get') }),
  z.object({ type: z.literal('tab-state:set'), patch: TabStateSchema.partial() }),
  z.object({ type: z.literal('guide:start'), guide: z.enum(GUIDE_IDS) }),
  z.object({ type: z.literal('guide:last') }),
  z.object({ type: z.literal('reminder:turn-method-back-on') }),
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequest>;

/** Sent by the background to a tab's content script. */
export type ContentMessage = { type: 'rescue:ping' } | { type: 'guide:changed' };
