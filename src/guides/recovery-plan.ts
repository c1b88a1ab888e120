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
