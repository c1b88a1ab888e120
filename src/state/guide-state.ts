/** A guide's progress in one tab, as stored (validated by the background). */
import type { GuideState } from '../model/guide-state';
import { GUIDE_IDS } from '../model/ids';
import { z } from './zod';

export const GuideStateSchema = z.object({
  id: z.enum(GUIDE_IDS),
  status: z.enum(['running', 'paused', 'done']),
  skipped: z.array(z.string()).max(20),
  /** A path on x.com to go back to when the guide is done (e.g. the password page). */
  returnTo: z
    .string()
    .regex(/^\/[\w/-]*$/)
    .max(100)
    .optional(),
}) satisfies z.ZodType<GuideState>;
export type { GuideState };
