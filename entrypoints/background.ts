import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { answerTabStateRequest, forgetTab } from '../src/state/tab-state';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => answerTabStateRequest(message, sender.tab?.id));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
});
