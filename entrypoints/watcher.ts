import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createLifetime } from '../src/watcher/lifetime';
import { claimWorld } from '../src/watcher/ui-handoff';
import { startWatcher } from '../src/watcher/watcher';

/**
 * The watcher, on every x.com page (declared in wxt.config.ts, not as WXT's content script: see
 * src/watcher/lifetime.ts); the UI comes only where it helps (src/watcher/watcher.ts).
 */
export default defineUnlistedScript(() => {
  if (claimWorld()) startWatcher(createLifetime(() => browser.runtime?.id !== undefined));
});
