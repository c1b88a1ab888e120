import { describe } from 'vitest';
import { launchFirefox } from './support/firefox';
import { describeExtension } from './shared-suite';
import { describeTours } from './tour-suite';

describe('Firefox ESR (MV2)', () => describeExtension(launchFirefox, { restartable: false }));
describe('Firefox ESR (MV2): guided tours', () => describeTours(launchFirefox));
