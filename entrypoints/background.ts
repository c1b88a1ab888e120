import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { answerRequest } from '../src/background/router';
import { tabStateItem } from '../src/state/tab-state';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => answerRequest(message, { tabId: sender.tab?.id, frameId: sender.frameId }));
  browser.tabs.onRemoved.addListener((tabId) => void tabStateItem(tabId).remove());
});
