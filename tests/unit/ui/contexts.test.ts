import { describe, expect, it } from 'vitest';
import { PAGE_CATALOGUES } from '../../../src/i18n';
import { CONTEXTS, type ContextSpec, contextOf, opensByItself } from '../../../src/ui/contexts';
import { keepsClear } from '../../../src/ui/placement';

/** The table as its type says, so each entry's optional fields can be asked about. */
const SPECS: [string, ContextSpec][] = Object.entries(CONTEXTS);

describe('the table of page contexts', () => {
  it('opens by itself where X asks for a code, and once per visit where a lockout starts', () => {
    expect(Object.entries(CONTEXTS).map(([context, spec]) => [context, spec.opens])).toEqual([
      ['code-prompt', 'unless-folded'],
      ['choose-method', 'unless-folded'],
      ['settings', 'never'],
      ['password-change', 'each-visit'],
      ['method-off', 'each-visit'],
      ['other', 'never'],
    ]);
  });

  it('keeps clear of X’s controls wherever it opens by itself, and nowhere else', () => {
    for (const [context, spec] of SPECS) expect(spec.keepsClear, context).toBe(spec.opens !== 'never');
  });

  it('shows only the check where a lockout starts, and the check only there', () => {
    for (const [context, spec] of SPECS) {
      const risky = spec.risk !== undefined;
      expect(spec.sections.includes('risk'), context).toBe(risky);
      if (risky) expect(spec.sections, context).toEqual(['risk']);
    }
    expect(contextOf({ context: 'password-change' }).risk).toBe('password');
    expect(contextOf({ context: 'method-off' }).risk).toBe('method');
  });

  it('leads the code step with its places, then X’s other-method control, and ends every rescue with support and the plan', () => {
    expect(CONTEXTS['code-prompt'].sections.slice(0, 2)).toEqual(['places', 'method']);
    for (const context of ['code-prompt', 'choose-method', 'settings', 'other'] as const)
      expect(CONTEXTS[context].sections.slice(-2)).toEqual(['support', 'assistant']);
  });

  it('gives an intro only to the contexts that show one, and every title and intro is a text we have', () => {
    for (const [context, spec] of SPECS) {
      expect(PAGE_CATALOGUES.en[spec.title], context).toBeTruthy();
      const { intro } = spec;
      expect(spec.sections.includes('intro'), context).toBe(intro !== undefined);
      if (intro) expect(intro in PAGE_CATALOGUES.en, context).toBe(true);
    }
  });

  it('a login step shown only for X’s banner: the notice and the support link, opening by itself only for X’s limit', () => {
    const limited = contextOf({ context: 'other', loginNotice: 'limited' });
    expect(limited).toMatchObject({ title: 'panel.title.notice', opens: 'each-visit', keepsClear: true, sections: ['support-link'] });
    expect(opensByItself({ context: 'other', loginNotice: 'unread' })).toBe(false);
    expect(keepsClear({ context: 'other', loginNotice: 'unread' })).toBe(false);
    // On a code step the banner is part of the code step's panel, not a notice of its own.
    expect(contextOf({ context: 'code-prompt', loginNotice: 'limited' })).toBe(CONTEXTS['code-prompt']);
  });
});
