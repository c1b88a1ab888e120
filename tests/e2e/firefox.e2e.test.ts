import { describe } from 'vitest';
import { launchFirefox } from './support/firefox';
import { describeExtension } from './shared-suite';
import { describeLiveX } from './live-x-suite';
import { describePrevention } from './prevention-suite';
import { describeTours } from './tour-suite';

describe('Firefox ESR (MV2)', () => describeExtension(launchFirefox, { restartable: false }));
describe('Firefox ESR (MV2): guided tours', () => describeTours(launchFirefox));
describe('Firefox ESR (MV2): before a password change', () => describePrevention(launchFirefox));
describe('Firefox ESR (MV2): X as it is now (2026 login, method changes)', () => describeLiveX(launchFirefox));
