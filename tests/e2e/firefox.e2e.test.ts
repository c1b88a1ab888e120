import { describe } from 'vitest';
import { launchFirefox } from './support/firefox';
import { describeExtension } from './shared-suite';

describe('Firefox ESR (MV2)', () => describeExtension(launchFirefox, { restartable: false }));
