/**
 * Turning a method off without leaving the page: X without its unenrollment flow asks on the
 * two-factor page itself, in its confirmation sheet (docs/x-facts.md F15). The check opens beside the
 * sheet, keeps off its buttons, and goes when the sheet goes; the sheet's harmless questions get
 * no check. In each real browser, with the built extension.
 */
import { expect, it } from 'vitest';
import type { BrowserDriver, PageDriver } from './support/driver';
import { inShadow, WIDE } from './support/driver';
import { visibleBox } from './support/guide-probes';
import { useBrowser } from './support/lifecycle';
import { coveredControls } from './support/page-probes';
import { sceneUrl, type SceneId } from './support/scenes';
import { uiStaysFor, waitFor, waitForUi } from './support/wait';

const SHEET = '[data-testid="confirmationSheetDialog"]';
const sheetShown = new Function(`return document.querySelector(${JSON.stringify(SHEET)}) !== null`) as () => boolean;
const sheetGone = new Function(`return document.querySelector(${JSON.stringify(SHEET)}) === null`) as () => boolean;
const inPanel = (selector: string) =>
  new Function(`return Boolean(document.querySelector('x2fa-rescue')?.shadowRoot?.querySelector(${JSON.stringify(selector)}))`) as () => boolean;
const riskCheckShown = () => Boolean(document.querySelector('x2fa-rescue')?.shadowRoot?.querySelector('[data-rescue="risk-check"][data-kind="method"]'));

export function describeMethodOffSheet(launch: () => Promise<BrowserDriver>, { thorough }: { thorough: boolean }) {
  const session = useBrowser(launch);
  const open = async (id: SceneId, shape: number, lang: 'en' | 'ja' = 'en'): Promise<PageDriver> => {
    const page = await session.newPage(WIDE);
    await page.goto(sceneUrl(id, { lang, shape }));
    return page;
  };
  /** A person's click at the centre of X's element. */
  const clickCentre = async (page: PageDriver, selector: string) => {
    await waitFor(page, new Function(`return document.querySelector(${JSON.stringify(selector)}) !== null`) as () => boolean);
    const box = await page.evaluate(visibleBox, selector);
    expect(box, selector).not.toBeNull();
    await page.clickAt((box!.left + box!.right) / 2, (box!.top + box!.bottom) / 2);
  };
  // Even shapes: the sheet is an alertdialog over a mask; odd: a dialog, and the page under it aria-hidden.
  const shapes = thorough ? [0, 1] : [1];

  it('opens the check beside X’s sheet when a method is unticked on the two-factor page, and goes with the sheet', async () => {
    for (const shape of shapes) {
      for (const lang of thorough ? (['en', 'ja'] as const) : (['en'] as const)) {
        const page = await open('settings-2fa-offsheet', shape, lang);
        const before = await waitForUi(page, (ui) => ui.context === 'settings');
        expect(before.panel, 'no check before anything is asked').toBeNull();
        // Untick "Authentication app", as a person would: X stays on the page and asks in its sheet.
        await clickCentre(page, 'label:has(input[type="checkbox"][aria-describedby="CHECKBOX_2_LABEL"])');
        await waitFor(page, sheetShown);
        const ui = await waitForUi(page, (next) => next.context === 'method-off' && next.panel !== null);
        expect(ui.hosts).toBe(1);
        await waitFor(page, riskCheckShown);
        expect(await page.evaluate(() => location.pathname)).toBe('/settings/account/login_verification');
        expect(await page.evaluate(coveredControls), `shape ${shape} ${lang}: X's sheet stays uncovered`).toEqual([]);
        // Cancel in X's sheet: the page is settings again and the check is gone.
        await clickCentre(page, '[data-testid="confirmationSheetCancel"]');
        await waitFor(page, sheetGone);
        const after = await waitForUi(page, (next) => next.context === 'settings');
        expect(after.panel, `shape ${shape} ${lang}: the check went with the sheet`).toBeNull();
        await page.close();
      }
    }
  });

  it('checks too when the last method would turn two-factor off entirely, and opens again at the next question', async () => {
    const page = await open('settings-2fa-sheet-off-all', shapes[0]!);
    await waitForUi(page, (ui) => ui.context === 'method-off' && ui.panel !== null);
    await clickCentre(page, '[data-testid="confirmationSheetCancel"]');
    await waitForUi(page, (ui) => ui.context === 'settings' && ui.panel === null);
    // The only method left: unticking it asks again, and the check is there again.
    await page.goto(`https://x.com/settings/account/login_verification?offsheet=1&on=app&lang=en&shape=${shapes[0]!}`);
    await clickCentre(page, 'label:has(input[type="checkbox"][aria-describedby="CHECKBOX_2_LABEL"])');
    await waitFor(page, sheetShown);
    await waitForUi(page, (ui) => ui.context === 'method-off' && ui.panel !== null);
    await waitFor(page, riskCheckShown);
    await page.close();
  });

  it('offers the backup-code guide from the check: it asks to cancel X’s sheet first, then goes on from the two-factor page', async () => {
    const page = await open('settings-2fa-sheet-off', shapes[0]!);
    await waitFor(page, riskCheckShown);
    await page.click(inShadow('[data-rescue="get-backup"]'));
    await waitFor(page, inPanel('[data-rescue="step"][data-step="notice"]'));
    await clickCentre(page, '[data-testid="confirmationSheetCancel"]');
    await waitFor(page, sheetGone);
    await waitFor(page, inPanel('[data-rescue="step"][data-step="backup-code"]'));
    expect(await page.evaluate(() => location.pathname)).toBe('/settings/account/login_verification');
    await page.close();
  });

  it('gives no check when the same sheet asks something harmless (an unverified e-mail, the security-key limit)', async () => {
    for (const id of ['settings-2fa-sheet-email', 'settings-2fa-sheet-key-limit'] as const) {
      const page = await open(id, shapes[0]!);
      await waitFor(page, sheetShown);
      await uiStaysFor(page, (ui) => ui.context !== 'method-off' && ui.panel === null, 800, `${id}: no check`);
      await page.close();
    }
  });
}
