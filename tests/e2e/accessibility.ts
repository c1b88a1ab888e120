/**
 * Accessibility of what the extension adds: axe-core (serious and critical
 * rules, WCAG 2.1 AA) on the panel, the popup and a guide step, light and
 * dark; and a keyboard-only run of the panel and a guide.
 */
import { expect, it } from 'vitest';
import { type BrowserDriver, inShadow, WIDE } from './support/driver';
import { useBrowser } from './support/lifecycle';
import { sceneUrl } from './support/scenes';
import { snapshotGuide } from './support/guide-probes';
import { replicaRendered, startGuideFromPopup, waitFor, waitForUi } from './support/wait';

const activeRescue = () => document.querySelector('x2fa-rescue')?.shadowRoot?.activeElement?.getAttribute('data-rescue') ?? null;

export function describeAccessibility(launch: () => Promise<BrowserDriver>) {
  const session = useBrowser(launch);
  const newPage = () => session.newPage(WIDE);

  for (const theme of ['light', 'dark'] as const) {
    it(`the panel, with the plan and the request open, passes axe (${theme})`, async () => {
      const page = await newPage();
      await page.goto(sceneUrl('flow-code-sms', { lang: theme === 'light' ? 'en' : 'ja', theme }));
      await waitForUi(page, (ui) => ui.panel !== null);
      await page.click(inShadow('[data-rescue="open-assistant"]'));
      await page.click(inShadow('[data-rescue="open-composer"]'));
      await waitFor(page, () => Boolean(document.querySelector('x2fa-rescue')?.shadowRoot?.querySelector('[data-rescue="message"]')));
      expect(await session.browser.axe!(page, 'x2fa-rescue')).toEqual([]);
    });

    it(`the launcher on a settings page passes axe (${theme})`, async () => {
      const page = await newPage();
      await page.goto(sceneUrl('settings-security', { lang: 'en', theme }));
      await waitForUi(page, (ui) => ui.launcher !== null);
      expect(await session.browser.axe!(page, 'x2fa-rescue')).toEqual([]);
    });

    it(`the popup passes axe (${theme})`, async () => {
      const popup = await session.browser.openPopup();
      session.track(popup);
      await session.browser.emulateColorScheme!(popup, theme);
      await waitFor(popup, () => document.querySelectorAll('[data-rescue="checklist-item"]').length > 0);
      expect(await session.browser.axe!(popup)).toEqual([]);
    });

    it(`a guide step passes axe (${theme})`, async () => {
      const page = await newPage();
      await page.goto(sceneUrl('settings-security', { lang: 'ja', theme }));
      await replicaRendered(page);
      await startGuideFromPopup(session.browser, 'backup-code');
      await waitFor(page, () => Boolean(document.querySelector('x2fa-rescue')?.shadowRoot?.querySelector('[data-rescue="highlight"]')));
      expect(await session.browser.axe!(page, 'x2fa-rescue')).toEqual([]);
      await page.click(inShadow('[data-rescue="close"]'));
    });
  }

  it('works by keyboard alone: reach the launcher, open, move through, close, and get focus back', async () => {
    const page = await newPage();
    await page.goto(sceneUrl('settings-2fa', { lang: 'en' }));
    await waitForUi(page, (ui) => ui.launcher !== null);
    // Our host is last in the document: Shift+Tab from the top reaches it first.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.press('Shift+Tab');
    await waitFor(page, () => document.querySelector('x2fa-rescue')?.shadowRoot?.activeElement?.getAttribute('data-rescue') === 'launcher');
    const ring = await page.evaluate(() => getComputedStyle(document.querySelector('x2fa-rescue')!.shadowRoot!.activeElement!).outlineStyle);
    expect(ring).not.toBe('none'); // focus is visible
    await page.press('Enter');
    await waitForUi(page, (ui) => ui.panel !== null);
    expect(await page.evaluate(() => document.querySelector('x2fa-rescue')?.shadowRoot?.activeElement?.id)).toBe('rescue-title');
    await page.press('Tab');
    expect(await page.evaluate(activeRescue)).toBe('close');
    // The settings path's next step first: X Support's link and its request, then the plan.
    await page.press('Tab');
    expect(await page.evaluate(activeRescue)).toBe('support-link');
    await page.press('Tab');
    expect(await page.evaluate(activeRescue)).toBe('open-composer');
    await page.press('Tab');
    expect(await page.evaluate(activeRescue)).toBe('open-assistant');
    await page.press('Enter');
    await waitFor(page, () => Boolean(document.querySelector('x2fa-rescue')?.shadowRoot?.querySelector('[data-rescue="plan"]')));
    await page.press('Escape');
    await waitForUi(page, (ui) => ui.panel === null && ui.launcher !== null);
    await waitFor(page, () => document.querySelector('x2fa-rescue')?.shadowRoot?.activeElement?.getAttribute('data-rescue') === 'launcher');
  });

  it('runs a guide by keyboard: the instruction is announced, and the guide ends from the keyboard', async () => {
    const page = await newPage();
    await page.goto(sceneUrl('settings-security', { lang: 'en' }));
    await replicaRendered(page);
    await startGuideFromPopup(session.browser, 'temporary-password');
    await waitFor(page, () => Boolean(document.querySelector('x2fa-rescue')?.shadowRoot?.querySelector('[data-rescue="step"] [role="status"]')));
    expect((await page.evaluate(snapshotGuide)).text).toContain('Two-factor authentication');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.press('Shift+Tab');
    await waitFor(page, () => document.querySelector('x2fa-rescue')?.shadowRoot?.activeElement?.getAttribute('data-rescue') === 'close');
    await page.press('Enter');
    await waitFor(page, () => !document.querySelector('x2fa-rescue')?.shadowRoot?.querySelector('[data-rescue="step"]'));
  });
}
