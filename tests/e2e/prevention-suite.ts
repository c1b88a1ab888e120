/**
 * The moment of risk, end to end: the check on X's password page, the round
 * trip through the backup-code guide, the popup's shared readiness, and no
 * trace of what is typed into X's password fields.
 */
import { expect, it } from 'vitest';
import { type BrowserDriver, inShadow, PHONE, WIDE } from './support/driver';
import { useBrowser } from './support/lifecycle';
import { expectUncovered, expectUncoveredAfterReflow, label, viewportsFor } from './support/coverage';
import { sceneUrl } from './support/scenes';
import { snapshotGuide } from './support/guide-probes';
import { clickControlWithText, holdsFor, poll, waitFor, waitForUi } from './support/wait';

const inPanel = (selector: string) => `Boolean(document.querySelector('x2fa-rescue')?.shadowRoot?.querySelector(${JSON.stringify(selector)}))`;
const has = (selector: string) => new Function(`return ${inPanel(selector)}`) as () => boolean;

export function describePrevention(launch: () => Promise<BrowserDriver>, { thorough }: { thorough: boolean }) {
  const session = useBrowser(launch);
  const newPage = (viewport = WIDE) => session.newPage(viewport);

  for (const lang of ['en', 'ja'] as const) {
    it(`opens the check on X's password page by itself, off X's form (${lang})`, async () => {
      const page = await newPage(lang === 'en' ? WIDE : PHONE);
      await page.goto(sceneUrl('password-change', { lang, layout: lang === 'en' ? 'wide' : 'narrow' }));
      const ui = await waitForUi(page, (next) => next.context === 'password-change' && (next.panel !== null || next.launcher !== null));
      expect(ui.hosts).toBe(1);
      await waitFor(page, has('[data-rescue="risk-check"][data-kind="password"]'));
      // None of X's controls is covered: the three password fields and Save, nor the navigation and settings list.
      expect((await expectUncovered(page, lang)).panel).not.toBeNull();
    });
  }

  // Opened by itself, so held to the login step's rule: nothing of X's covered at any size, even
  // after X's text reflows. The languages take turns from one size to the next.
  it(`keeps every control of X's password page uncovered, however X's text is laid out`, async () => {
    for (const [index, viewport] of viewportsFor(thorough).entries()) {
      const lang = index % 2 === 0 ? 'en' : 'ja';
      const what = label(`password-change ${lang}`, viewport);
      const page = await newPage(viewport);
      await page.goto(sceneUrl('password-change', { lang, layout: viewport.width < 700 ? 'narrow' : 'wide' }));
      await waitForUi(page, (next) => next.context === 'password-change' && (next.panel !== null || next.launcher !== null));
      const ui = await expectUncovered(page, what);
      if (viewport.width >= 390) expect(ui.panel, what).not.toBeNull();
      await expectUncoveredAfterReflow(page, what);
      await page.close();
    }
  });

  it('leaves no trace of what is typed into the password fields', async () => {
    const page = await newPage();
    await page.goto(sceneUrl('password-change', { lang: 'en' }));
    await waitForUi(page, (ui) => ui.context === 'password-change');
    await page.type('input[name="current_password"]', 'old-Secret-4711');
    await page.type('input[name="new_password"]', 'new-Secret-4712');
    // Nothing to wait for when nothing is written: the passwords stay out of storage for 400 ms.
    const storedJson = async () => JSON.stringify(await session.browser.extensionStorage());
    const stored = await holdsFor(
      storedJson,
      (text) => !text.includes('old-Secret-4711') && !text.includes('new-Secret-4712'),
      400,
      'the passwords stay out of extension storage',
    );
    const web = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    for (const secret of ['old-Secret-4711', 'new-Secret-4712']) {
      expect(stored).not.toContain(secret);
      expect(web).not.toContain(secret);
    }
  });

  it('runs the backup-code guide from the check and offers the way back; the popup then shows it ticked', async () => {
    const page = await newPage();
    await page.goto(sceneUrl('password-change', { lang: 'en' }));
    await waitFor(page, has('[data-rescue="get-backup"]'));
    await page.click(inShadow('[data-rescue="get-backup"]'));
    // Follow the ring, clicking X's real element under it, until the last page.
    for (let i = 0; i < 8; i++) {
      const guide = await poll(
        () => page.evaluate(snapshotGuide),
        (g) => g.step === 'finish' || g.ring !== null,
        { timeout: 6000, what: 'a ring or the last page' },
      );
      if (guide.step === 'finish') break;
      const ring = guide.ring!;
      await page.clickAt((ring.left + ring.right) / 2, (ring.top + ring.bottom) / 2);
      // X moves on, and the guide with it.
      await poll(
        () => page.evaluate(snapshotGuide),
        (g) => g.step !== guide.step,
        { timeout: 6000, what: `the guide to move on from ${guide.step}` },
      );
    }
    await waitFor(page, () => document.querySelector('x2fa-rescue')?.shadowRoot?.querySelector('[data-rescue="step"]')?.getAttribute('data-step') === 'finish');
    expect(await page.evaluate(() => location.pathname)).toBe('/settings/account/login_verification/backup_code');
    await page.type('input[type="password"]', 'not-kept');
    await clickControlWithText(page, '^\\s*Confirm\\s*$');
    await waitFor(page, has('[data-rescue="return"]'));
    const back = await page.evaluate(() => document.querySelector('x2fa-rescue')!.shadowRoot!.querySelector<HTMLAnchorElement>('[data-rescue="return"]')!.href);
    expect(back).toBe('https://x.com/settings/password');
    await page.click(inShadow('[data-rescue="finish"]'));
    await waitFor(page, () => !document.querySelector('x2fa-rescue')?.shadowRoot?.querySelector('[data-rescue="step"]'));
    // Following the way back: the check is there again, the backup code now ticked.
    await page.goto(back);
    await waitFor(page, has('[data-rescue="risk-check"] input[data-ready="backup-saved"]:checked'));

    const popup = await session.browser.openPopup();
    session.track(popup);
    await waitFor(popup, () => document.querySelector('[data-rescue="checkup-item"][data-item="backup-saved"] input:checked') !== null);
    expect(await popup.evaluate(() => document.querySelector('[data-item="backup-saved"] .ticked-on')?.textContent ?? '')).not.toBe('');
  });

  it('shares ticks between the check and the popup, and gets out of the way when all are yes', async () => {
    const page = await newPage();
    await page.goto(sceneUrl('password-change', { lang: 'en' }));
    await waitFor(page, has('input[data-ready="methods-known"]'));
    for (const item of ['methods-known', 'contact-checked']) {
      if (!(await page.evaluate(new Function(`return ${inPanel(`input[data-ready="${item}"]:checked`)}`) as () => boolean))) {
        await page.click(inShadow(`input[data-ready="${item}"]`));
      }
    }
    if (!(await page.evaluate(has('input[data-ready="backup-saved"]:checked')))) await page.click(inShadow('input[data-ready="backup-saved"]'));
    await waitFor(page, has('[data-rescue="ready"]'));
    // "You have a way back in", then the panel folds to its launcher.
    await waitForUi(page, (ui) => ui.panel === null && ui.launcher !== null, 6000);
    const popup = await session.browser.openPopup();
    session.track(popup);
    await waitFor(popup, () => document.querySelectorAll('[data-rescue="checkup-item"] input:checked').length === 3);
  });
}
