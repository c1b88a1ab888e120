/**
 * The one door to zod, as zod/mini: the same parsing in a tree-shakable form, a fraction of
 * the size in the in-page UI (it is loaded on login and settings pages). Its JIT compiles object parsers with `new Function`,
 * probed once when the first object schema is built; our CSP refuses it, and
 * Firefox logs the refusal at every start of the background and the popup.
 * Every module that builds a schema imports `z` from here, so this runs first.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
