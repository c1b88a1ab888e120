import { describe } from 'vitest';
import { launchFirefox } from './support/firefox';
import { describeExtension } from './shared-suite';
import { describeLiveX } from './live-x-suite';
import { describeMethodOffSheet } from './method-off-sheet-suite';
import { describeLiveStep } from './live-step-suite';
import { describePrevention } from './prevention-suite';
import { describeSharedState } from './shared-state-suite';
import { describeGuides } from './guide-suite';
import { describeWatcher } from './watcher-suite';
import { describeLifetime } from './lifetime-suite';
import { describeLanguages } from './languages-suite';
import { describeLoginNotice } from './login-notice-suite';
import { describePanelOrder } from './panel-order-suite';

// The long matrices (every viewport, every replica shape, 300 navigations) run in Chromium;
// Firefox runs a sample of each, so the whole suite stays within its time on 2 cores.
describe('Firefox ESR (MV2)', () => describeExtension(launchFirefox, { restartable: false, thorough: false }));
describe('Firefox ESR (MV2): guides', () => describeGuides(launchFirefox, { thorough: false }));
describe('Firefox ESR (MV2): before a password change', () => describePrevention(launchFirefox, { thorough: false }));
describe('Firefox ESR (MV2): one stored value, every view current', () => describeSharedState(launchFirefox));
describe('Firefox ESR (MV2): X as it is now (2026 login, method changes)', () => describeLiveX(launchFirefox, { thorough: false }));
describe('Firefox ESR (MV2): turning a method off in X’s sheet on the two-factor page', () => describeMethodOffSheet(launchFirefox, { thorough: false }));
describe('Firefox ESR (MV2): the live step (forms kept, a covered duplicate, one transparent code input)', () =>
  describeLiveStep(launchFirefox, { thorough: false }));
describe('Firefox ESR (MV2): the watcher and the UI it loads', () => describeWatcher(launchFirefox));
describe('Firefox ESR (MV2): a page that looks for the extension or tries to stop it, and an update while X is open', () => describeLifetime(launchFirefox));
describe('Firefox ESR (MV2): the ten UI languages', () => describeLanguages(launchFirefox, { uiLanguageSettable: false, allLanguages: false }));
describe('Firefox ESR (MV2): X’s login error banner', () => describeLoginNotice(launchFirefox));
describe('Firefox ESR (MV2): the next step first (the panel’s order and first view)', () => describePanelOrder(launchFirefox, { allLanguages: false }));
