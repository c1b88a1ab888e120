/**
 * Notices a click on one of X's two-factor method switches (the moment a
 * method may be turned off). It only listens: the click goes on to X as usual,
 * and the switch's state is never read.
 */
import { TARGETS } from './targets';

const METHOD_INPUTS = TARGETS.methodCheckboxes.map((locator) => `input[name="${locator.inputName}"]`).join(',');

export function isMethodSwitch(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest(METHOD_INPUTS)) return true;
  // A click on the row's text toggles the switch through its label.
  return target.closest('label')?.querySelector(METHOD_INPUTS) != null;
}
