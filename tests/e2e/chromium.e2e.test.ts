import { describe } from 'vitest';
import { describeAccessibility } from './accessibility';
import { launchChromium } from './support/chromium';
import { describeExtension } from './shared-suite';
import { describePrevention } from './prevention-suite';
import { describeTours } from './tour-suite';

describe('Chromium (MV3)', () => describeExtension(launchChromium, { restartable: true }));
describe('Chromium (MV3): guided tours', () => describeTours(launchChromium));
// axe-core runs through Playwright, which drives Chromium here.
describe('Chromium (MV3): accessibility', () => describeAccessibility(launchChromium));
describe('Chromium (MV3): before a password change', () => describePrevention(launchChromium));
