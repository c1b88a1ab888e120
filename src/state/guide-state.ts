/** A guide's progress in one tab, as stored (validated by the background). */
import type { GuideState } from '../model/guide-state';
import { GUIDE_IDS } from '../model/ids';
import { z } from './zod';

export const GuideStateSchema = z.object({
  id: z.enum(GUIDE_IDS),
  status: z.enum(['running', 'paused', 'done']),
  skipped: z.array(z.string()).check(z.maxLength(20)),
  /** A path on x.com to go back to when the guide is done (e.g. the password page). */
  returnTo: z.optional(z.string().check(z.regex(/^\/[\w/-]*$/), z.maxLength(100))),
}) satisfies z.ZodMiniType<GuideState>;
export type { GuideState };
