/** X's confirmation sheet over the two-factor page: known by structure, told apart by words. */
import { beforeEach, describe, expect, it } from 'vitest';
import { classify } from '../../../src/page/classify';
import { renderScene, sceneFromUrl } from '../../fixtures/replica/x-replica.js';
import { useFakeLayout } from '../support/fake-layout';

beforeEach(useFakeLayout);

const TWO_FACTOR = 'https://x.com/settings/account/login_verification';

function show(url: string, lang: 'en' | 'ja' = 'en'): URL {
  const full = new URL(url, 'https://x.com');
  renderScene(document, { ...sceneFromUrl(full.href), lang });
  return full;
}
const sheet = () => document.querySelector('[data-testid="confirmationSheetDialog"]')!;

/** Replaces the sheet's words: a language we have no words for, or another question. */
function sayInSheet(...texts: string[]) {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(sheet(), NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  nodes.forEach((node, i) => (node.textContent = texts[i] ?? ''));
}

describe('the method-off sheet on the two-factor page', () => {
  it('is method-off while it asks to turn a method off, with the sheet as the step to keep clear', () => {
    const url = show(`${TWO_FACTOR}?on=app,sms&sheet=off-app`);
    const reading = classify(document, url);
    expect(reading.context).toBe('method-off');
    expect(reading.stepContainer).toBe(sheet());
  });

  it('is settings again once the sheet is gone', () => {
    const url = show(`${TWO_FACTOR}?on=app,sms&sheet=off-app`);
    sheet().parentElement!.parentElement!.remove();
    expect(classify(document, url)).toMatchObject({ context: 'settings', settingsStep: 'two-factor' });
  });

  it('does not count while it is not live (kept in the DOM hidden, or inert)', () => {
    const url = show(`${TWO_FACTOR}?on=app,sms&sheet=off-app`);
    sheet().setAttribute('style', 'display:none');
    expect(classify(document, url).context).toBe('settings');
    sheet().removeAttribute('style');
    sheet().setAttribute('inert', '');
    expect(classify(document, url).context).toBe('settings');
  });

  it('needs X’s confirm button: a sheet of words alone is nothing to check', () => {
    const url = show(`${TWO_FACTOR}?on=app,sms&sheet=off-app`);
    sheet().querySelector('[data-testid="confirmationSheetConfirm"]')!.remove();
    expect(classify(document, url).context).toBe('settings');
  });

  it('counts as turning off in words we cannot read: an extra check costs a glance, a missed one an account', () => {
    const url = show(`${TWO_FACTOR}?on=app,sms&sheet=off-app`);
    sayInSheet('Vuoi procedere?', 'Questa azione cambia il tuo accesso.', 'Procedi', 'Annulla');
    expect(classify(document, url).context).toBe('method-off');
  });

  it('turning off wins over harmless words in the same sheet', () => {
    const url = show(`${TWO_FACTOR}?on=app,sms&sheet=email`);
    sayInSheet('Turn off Text message?', 'We will email you to confirm.', 'Turn off', 'Cancel');
    expect(classify(document, url).context).toBe('method-off');
  });

  it('is not a question of the two-factor page elsewhere: the same sheet on another settings page is settings', () => {
    show(`${TWO_FACTOR}?on=app,sms&sheet=off-app`);
    expect(classify(document, new URL('https://x.com/settings/security')).context).toBe('settings');
  });

  for (const lang of ['en', 'ja'] as const) {
    it(`gives no check for the harmless questions (${lang})`, () => {
      for (const kind of ['email', 'key-limit']) {
        const url = show(`${TWO_FACTOR}?on=app,key&sheet=${kind}`, lang);
        expect(classify(document, url).context, kind).toBe('settings');
      }
    });
  }
});
