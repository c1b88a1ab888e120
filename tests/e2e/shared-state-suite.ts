/**
 * One stored value, every view of it current: with the check open on X's
 * password page, a tick in the toolbar popup shows in the panel without a
 * reload, and a tick in the panel shows in the open popup.
 */
import { expect, it } from 'vitest';
import { type BrowserDriver, inShadow } from './support/driver';
import { useBrowser } from './support/lifecycle';
import { sceneUrl } from './support/scenes';
import { openCheckup, waitFor } from './support/wait';

export function describeSharedState(launch: () => Promise<BrowserDriver>) {
  const session = useBrowser(launch);

  it('keeps the panel and the popup in step: a tick in either shows in the other, without a reload', async () => {
    const page = await session.newPage();
    await page.goto(sceneUrl('password-change', { lang: 'en' }));
    await waitFor(
      page,
      () => document.querySelector('x2fa-rescue')?.shadowRoot?.querySelector('[data-rescue="risk-check"] input[data-ready="methods-known"]') != null,
    );
    expect(
      await page.evaluate(() => document.querySelector('x2fa-rescue')!.shadowRoot!.querySelectorAll('[data-rescue="risk-check"] input:checked').length),
    ).toBe(0);
    const marker = await page.evaluate(() => ((window as unknown as { __sameDocument: number }).__sameDocument = Math.random()));

    const popup = session.track(await session.browser.openPopup());
    await waitFor(popup, () => document.querySelector<HTMLInputElement>('[data-rescue="checkup-item"][data-item="methods-known"] input')?.checked === false);

    // The popup's tick reaches the open panel (its check-up is folded while nothing in it is ticked).
    await openCheckup(popup);
    await popup.click('[data-rescue="checkup-item"][data-item="methods-known"] input');
    await waitFor(popup, () => document.querySelector<HTMLInputElement>('[data-rescue="checkup-item"][data-item="methods-known"] input')?.checked === true);
    await waitFor(
      page,
      () => document.querySelector('x2fa-rescue')?.shadowRoot?.querySelector<HTMLInputElement>('input[data-ready="methods-known"]')?.checked === true,
    );

    // The panel's untick reaches the open popup.
    await page.click(inShadow('input[data-ready="methods-known"]'));
    await waitFor(
      page,
      () => document.querySelector('x2fa-rescue')?.shadowRoot?.querySelector<HTMLInputElement>('input[data-ready="methods-known"]')?.checked === false,
    );
    await waitFor(popup, () => document.querySelector<HTMLInputElement>('[data-rescue="checkup-item"][data-item="methods-known"] input')?.checked === false);

    // And its tick too, with the popup showing the date it was confirmed.
    await page.click(inShadow('input[data-ready="methods-known"]'));
    await waitFor(popup, () => document.querySelector<HTMLInputElement>('[data-rescue="checkup-item"][data-item="methods-known"] input')?.checked === true);
    expect(await popup.evaluate(() => document.querySelector('[data-item="methods-known"] .ticked-on')?.textContent ?? '')).not.toBe('');

    // The panel's page was never reloaded, and what is stored agrees with both views.
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: number }).__sameDocument)).toBe(marker);
    const stored = Object.keys(await session.browser.extensionStorage()).filter((key) => key.startsWith('readiness'));
    expect(stored).toEqual(['readiness.methods-known']); // one key per item, nothing under the old object's key
  });
}
