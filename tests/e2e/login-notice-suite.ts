/**
 * X's login error banner "We've temporarily limited your login" (docs/x-facts.md F8), end to end in each
 * real browser with the built extension: on the code step the panel says first what it means; on the
 * password step, which the panel otherwise leaves alone, it comes for that notice, clear of X's controls.
 * The banner is put into the replica's live form here, as X draws it (icon and <p>), after the page renders.
 */
import { expect, it } from 'vitest';
import type { BrowserDriver, PageDriver } from './support/driver';
import { useBrowser } from './support/lifecycle';
import { coveredControls, settled, type UiSnapshot } from './support/page-probes';
import { type SceneId, sceneUrl } from './support/scenes';
import { replicaRendered, uiStaysFor, waitFor, waitForUi } from './support/wait';

const LIMITED = 'We’ve temporarily limited your login. Please try again later.';

/** Adds X's error banner at the top of the live form (not inert, visible, on top at its own box). */
function addBanner(words: string): boolean {
  const live = [...document.querySelectorAll('form')].find((form) => {
    if (form.closest('[inert], [aria-hidden="true"]')) return false;
    const style = getComputedStyle(form);
    if (style.visibility === 'hidden' || style.pointerEvents === 'none' || style.opacity === '0') return false;
    const r = form.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return false;
    const hits = document.elementsFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 24));
    const top = hits.find((hit) => hit.tagName.toLowerCase() !== 'x2fa-rescue');
    return top !== undefined && form.contains(top);
  });
  if (!live) return false;
  const banner = document.createElement('div');
  banner.innerHTML = '<svg data-icon="icon-error-triangle" width="20" height="20" viewBox="0 0 24 24"><path d="M12 2 1 21h22z"></path></svg><p></p>';
  banner.querySelector('p')!.textContent = words;
  live.prepend(banner);
  return true;
}

/** What the panel shows first under its title: the notice's hook and its kind. */
function firstSection(): { rescue: string | null; notice: string | null; text: string } | null {
  const first = document.querySelector('x2fa-rescue')?.shadowRoot?.querySelector('[data-rescue="panel"] > header')?.nextElementSibling;
  return first ? { rescue: first.getAttribute('data-rescue'), notice: first.getAttribute('data-notice'), text: (first as HTMLElement).innerText } : null;
}

const hasPanel = (ui: UiSnapshot) => ui.panel !== null;

export function describeLoginNotice(launch: () => Promise<BrowserDriver>) {
  const session = useBrowser(launch);
  const open = async (id: SceneId): Promise<PageDriver> => {
    const page = await session.newPage();
    await page.goto(sceneUrl(id, { lang: 'en', shape: 0 }));
    await replicaRendered(page);
    return page;
  };
  const injectBanner = async (page: PageDriver) => {
    await waitFor(page, new Function(`return (${addBanner.toString()})(${JSON.stringify(LIMITED)})`) as () => boolean);
  };

  it('on the 2026 code step with X’s “temporarily limited” banner, the panel’s first section is the notice', async () => {
    const page = await open('jf-code-app');
    await waitForUi(page, hasPanel);
    await injectBanner(page);
    await waitFor(page, new Function(`return (${firstSection.toString()})()?.rescue === 'login-notice'`) as () => boolean);
    const first = await page.evaluate(firstSection);
    expect(first).toMatchObject({ rescue: 'login-notice', notice: 'limited' });
    expect(first!.text).toContain('X has limited logins from this device for now');
    const ui = await waitForUi(page, hasPanel);
    expect(ui).toMatchObject({ context: 'code-prompt', hosts: 1 });
    expect(await page.evaluate(settled)).toBe(true);
    expect(await page.evaluate(coveredControls)).toEqual([]);
  });

  it('on the password step with X’s “temporarily limited” banner, a panel with the notice opens by itself, covering none of X’s controls', async () => {
    const page = await open('jf-password');
    await waitFor(page, () => document.querySelector('input[type="password"]') !== null);
    // Without the banner the password step is left alone.
    await uiStaysFor(page, (ui) => ui.panel === null && ui.launcher === null, 700, 'no panel on the password step');
    await injectBanner(page);
    const ui = await waitForUi(page, hasPanel);
    expect(ui).toMatchObject({ context: 'other', hosts: 1, lang: 'en' });
    expect(ui.supportLink?.href).toBe('https://help.x.com/en/forms/account-access/regain-access');
    expect(await page.evaluate(firstSection)).toMatchObject({ rescue: 'login-notice', notice: 'limited' });
    // Only the notice and the support link: no places, no settings path.
    expect(ui.panel!.text).not.toContain('Where your code may be');
    expect(await page.evaluate(settled)).toBe(true);
    expect(await page.evaluate(coveredControls)).toEqual([]);
  });
}
