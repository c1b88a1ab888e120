import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { afterInstalled } from '../src/background/after-install';
import { answerRequest } from '../src/background/router';
import { forgetKeptTabStates, forgetTabState } from '../src/state/tab-state';

export default defineBackground(() => {
  // The whole sender: the router decides who it is (src/background/senders.ts).
  browser.runtime.onMessage.addListener((message: unknown, sender) => answerRequest(message, sender));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTabState(tabId));
  browser.runtime.onInstalled.addListener(({ reason }) => void afterInstalled(reason));
  browser.runtime.onStartup.addListener(() => void forgetKeptTabStates());
});
