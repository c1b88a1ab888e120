import { describe } from 'vitest';
import { launchChromium } from './support/chromium';
import { describeExtension } from './shared-suite';

describe('Chromium (MV3)', () => describeExtension(launchChromium, { restartable: true }));
