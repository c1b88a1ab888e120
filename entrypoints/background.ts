import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { answerRequest } from '../src/messaging/background-router';
import { tabStateItem } from '../src/state/tab-state';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => answerRequest(message, sender.tab?.id));
  browser.tabs.onRemoved.addListener((tabId) => void tabStateItem(tabId).remove());
});
