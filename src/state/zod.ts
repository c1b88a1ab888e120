/**
 * The one door to zod. Its JIT compiles object parsers with `new Function`,
 * probed once when the first object schema is built; our CSP refuses it, and
 * Firefox logs the refusal at every start of the background and the popup.
 * Every module that builds a schema imports `z` from here, so this runs first.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
