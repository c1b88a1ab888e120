/**
 * The recovery assistant's plan: a pure function of what the user still has,
 * giving the next concrete action first and an honest outlook.
 */
import type { AssistantKey } from '../i18n';

import type { Have } from '../model/ids';

export interface Plan {
  /** In order; the first is the next thing to do. */
  steps: AssistantKey[];
  outlook: 'outlook.good' | 'outlook.support' | 'outlook.hard';
}

/** Ways that give a code now, without anyone's help, most direct first. */
const SELF_SERVICE: readonly [Have, AssistantKey][] = [
  ['backup', 'plan.backup'],
  ['app', 'plan.app'],
  ['key', 'plan.key'],
  ['device', 'plan.device'],
];

export function planFor(have: ReadonlySet<Have>): Plan {
  const steps: AssistantKey[] = SELF_SERVICE.filter(([what]) => have.has(what)).map(([, step]) => step);
  const selfService = steps.length > 0;
  // Text messages only reach Premium accounts that turned them on: worth a try, never a promise.
  if (have.has('phone')) steps.push('plan.phone');
  if (have.has('email')) steps.push('plan.support');
  else steps.push('plan.recover-email');
  steps.push('plan.scams', 'plan.second-account');
  return {
    steps,
    outlook: selfService ? 'outlook.good' : have.has('email') ? 'outlook.support' : 'outlook.hard',
  };
}

/** Steps that go through X's "use another method" control, and their sentence for when the page gave no words for it. */
const VIA_OTHER_METHOD: Partial<Record<AssistantKey, AssistantKey>> = {
  'plan.backup': 'plan.backup.described',
  'plan.key': 'plan.key.described',
};

export interface StepWording {
  key: AssistantKey;
  vars?: { chooseMethod: string };
}

/**
 * A step's sentence. One that goes through X's "use another method" control quotes that control's
 * words as read from the page (X words it differently in each layout and language, and its 2026
 * wording is unknown); without them (no code step, or a control with no words) it describes the
 * control instead. Never X's wording from memory.
 */
export function stepWording(step: AssistantKey, chooseMethodLabel?: string): StepWording {
  const described = VIA_OTHER_METHOD[step];
  if (!described) return { key: step };
  return chooseMethodLabel ? { key: step, vars: { chooseMethod: chooseMethodLabel } } : { key: described };
}
