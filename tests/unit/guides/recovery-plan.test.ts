import { describe, expect, it } from 'vitest';
import { planFor } from '../../../src/guides/recovery-plan';
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
