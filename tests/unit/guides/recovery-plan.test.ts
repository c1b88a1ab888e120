import { describe, expect, it } from 'vitest';
import { planFor, stepWording } from '../../../src/guides/recovery-plan';
import { ASSISTANT_CATALOGUES, translatorOf } from '../../../src/i18n';
import { UI_LANGUAGES } from '../../../src/page/page-language';
import { HAVES, type Have } from '../../../src/model/ids';

/** Every combination of answers: 2^6 = 64. */
const combinations: Set<Have>[] = Array.from({ length: 2 ** HAVES.length }, (_, mask) => new Set(HAVES.filter((_, i) => mask & (1 << i))));

describe('planFor, over all 64 combinations of answers', () => {
  it.each(combinations.map((have) => [[...have].join(', ') || 'nothing', have] as const))('%s', (_, have) => {
    const { steps, outlook } = planFor(have);
    const selfService = ['backup', 'app', 'key', 'device'].some((what) => have.has(what as Have));

    // The next action comes first: a code the user can get alone beats waiting for X.
    if (have.has('backup')) expect(steps[0]).toBe('plan.backup');
    else if (selfService) expect(['plan.app', 'plan.key', 'plan.device']).toContain(steps[0]);
    else if (have.has('phone')) expect(steps[0]).toBe('plan.phone');
    else expect(steps[0]).toBe(have.has('email') ? 'plan.support' : 'plan.recover-email');

    // Each thing the user has appears, and only those.
    expect(steps.includes('plan.backup')).toBe(have.has('backup'));
    expect(steps.includes('plan.app')).toBe(have.has('app'));
    expect(steps.includes('plan.key')).toBe(have.has('key'));
    expect(steps.includes('plan.device')).toBe(have.has('device'));
    expect(steps.includes('plan.phone')).toBe(have.has('phone'));
    // Support needs the registered inbox; without it, the honest step is to recover the email first.
    expect(steps.includes('plan.support')).toBe(have.has('email'));
    expect(steps.includes('plan.recover-email')).toBe(!have.has('email'));

    // Always: the warning about "recovery" scams, and the second account, last.
    expect(steps.slice(-2)).toEqual(['plan.scams', 'plan.second-account']);
    expect(new Set(steps).size).toBe(steps.length);

    expect(outlook).toBe(selfService ? 'outlook.good' : have.has('email') ? 'outlook.support' : 'outlook.hard');
  });
});

describe('the steps through X’s “use another method” control', () => {
  const en = translatorOf(ASSISTANT_CATALOGUES.en);
  const said = (step: 'plan.backup' | 'plan.key', label?: string) => {
    const { key, vars } = stepWording(step, label);
    return en(key, vars);
  };

  it('quote the control’s words as the page shows them', () => {
    expect(said('plan.backup', 'Try another way')).toBe('Use a backup code: under the code box, choose “Try another way”, then the backup code.');
    expect(said('plan.key', 'Other options')).toBe('Use your security key: under the code box, choose “Other options”, then the security key.');
  });

  it('describe the control when the page gave no words for it', () => {
    for (const label of [undefined, '']) {
      expect(said('plan.backup', label)).toBe(
        'Use a backup code: under the code box, choose the link that offers another way to verify, then the backup code.',
      );
      expect(said('plan.key', label)).toContain('the link that offers another way to verify');
    }
  });

  it('leave every other step as it is, label or not', () => {
    expect(stepWording('plan.app', 'Try another way')).toEqual({ key: 'plan.app' });
    expect(stepWording('plan.scams')).toEqual({ key: 'plan.scams' });
  });

  it.each(UI_LANGUAGES)('quote no X wording from memory in %s: only the placeholder is quoted', (lang) => {
    const catalogue = ASSISTANT_CATALOGUES[lang];
    const keys = ['plan.backup', 'plan.backup.described', 'plan.key', 'plan.key.described'] as const;
    for (const key of keys) {
      const text = catalogue[key];
      for (const wording of ['Choose a different verification method', '別の認証方法を選択', 'Try another way', 'Use a different method', 'Other options'])
        expect(text, `${lang} ${key}`).not.toContain(wording);
      // Whatever the sentence puts in quotes is the page's words, filled in: nothing else.
      const quoted = [...text.matchAll(/[“「«„"]\s*([^”」»“"]*?)\s*[”」»“"]/g)].map((match) => match[1]);
      expect(quoted, `${lang} ${key}`).toEqual(key.endsWith('.described') ? [] : ['{chooseMethod}']);
    }
  });
});
