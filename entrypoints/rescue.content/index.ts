import { defineContentScript } from 'wxt/utils/define-content-script';
import { X_HOST_MATCHES } from '../../src/page/hosts';
import { startWatcher } from '../../src/watcher/watcher';

/** The watcher, on every x.com page; the UI comes only where it helps (src/watcher/watcher.ts). */
export default defineContentScript({
  matches: [...X_HOST_MATCHES],
  runAt: 'document_idle',
  main: startWatcher,
});
