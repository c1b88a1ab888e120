import type { BrowserDriver, PageDriver } from './driver';
import { boxOfControlWithText, snapshotUi, type UiSnapshot } from './page-probes';

/** Polls the page until `accept` holds for our UI's state; returns that state. */
export async function waitForUi(page: PageDriver, accept: (ui: UiSnapshot) => boolean, timeout = 5000): Promise<UiSnapshot> {
  const deadline = Date.now() + timeout;
  let last: UiSnapshot;
  do {
    last = await page.evaluate(snapshotUi);
    if (accept(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 50));
  } while (Date.now() < deadline);
  throw new Error(`UI never reached the expected state; last seen: ${JSON.stringify({ ...last, panel: last.panel && { ...last.panel, text: last.panel.text.slice(0, 80) } })}`);
}

/** Waits long enough for the content script to have reacted, then reads the state. */
export async function settle(page: PageDriver, ms = 600): Promise<UiSnapshot> {
  await new Promise((resolve) => setTimeout(resolve, ms));
  return page.evaluate(snapshotUi);
}

/** Clicks X's control with that text the way a person would: a mouse click at its centre. */
export async function clickControlWithText(page: PageDriver, pattern: string): Promise<void> {
  const deadline = Date.now() + 5000;
  let box = await page.evaluate(boxOfControlWithText, pattern);
  while (!box && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    box = await page.evaluate(boxOfControlWithText, pattern);
  }
  if (!box) throw new Error(`no control matching ${pattern}`);
  await page.clickAt((box.left + box.right) / 2, (box.top + box.bottom) / 2);
}

/** Polls a predicate in the page until it holds (it must be self-contained). */
export async function waitFor(page: PageDriver, predicate: () => boolean, timeout = 5000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await page.evaluate(predicate))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${predicate.toString().slice(0, 120)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Starts a guide the way a person does: the popup's button. The popup closes itself once it runs. */
export async function startGuideFromPopup(browser: BrowserDriver, guide: string, button = 'start-guide'): Promise<void> {
  const popup = await browser.openPopup();
  await waitFor(popup, () => document.querySelectorAll('[data-rescue="start-guide"]').length === 3);
  await popup.click(`[data-rescue="${button}"][data-guide="${guide}"]`);
  await new Promise((resolve) => setTimeout(resolve, 300));
  await popup.close().catch(() => {});
}
