import { describe } from 'vitest';
import { describeAccessibility } from './accessibility';
import { launchChromium } from './support/chromium';
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
import { describePopupLanguage } from './popup-language-suite';
import { describePanelOrder } from './panel-order-suite';

describe('Chromium (MV3)', () => describeExtension(launchChromium, { restartable: true, thorough: true }));
describe('Chromium (MV3): guides', () => describeGuides(launchChromium, { thorough: true }));
// axe-core runs through Playwright, which drives Chromium here.
describe('Chromium (MV3): accessibility', () => describeAccessibility(launchChromium));
describe('Chromium (MV3): before a password change', () => describePrevention(launchChromium, { thorough: true }));
describe('Chromium (MV3): one stored value, every view current', () => describeSharedState(launchChromium));
describe('Chromium (MV3): X as it is now (2026 login, method changes)', () => describeLiveX(launchChromium, { thorough: true }));
describe('Chromium (MV3): turning a method off in X’s sheet on the two-factor page', () => describeMethodOffSheet(launchChromium, { thorough: true }));
describe('Chromium (MV3): the live step (forms kept, a covered duplicate, one transparent code input)', () =>
  describeLiveStep(launchChromium, { thorough: true }));
describe('Chromium (MV3): the watcher and the UI it loads', () => describeWatcher(launchChromium));
describe('Chromium (MV3): a page that looks for the extension or tries to stop it, and an update while X is open', () => describeLifetime(launchChromium));
describe('Chromium (MV3): the ten UI languages', () => describeLanguages(launchChromium, { uiLanguageSettable: true, allLanguages: true }));
// Only Chromium lets a test choose the browser's UI language: Firefox takes it from language packs, and none is installed here.
describe('Chromium (MV3): the popup in the browser’s language', () => describePopupLanguage((locale) => launchChromium(undefined, { locale })));
describe('Chromium (MV3): X’s login error banner', () => describeLoginNotice(launchChromium));
describe('Chromium (MV3): the next step first (the panel’s order and first view)', () => describePanelOrder(launchChromium, { allLanguages: true }));
