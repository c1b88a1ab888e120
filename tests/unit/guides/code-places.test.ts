import { describe, expect, it } from 'vitest';
import { CODE_PLACES, placesFor } from '../../../src/guides/code-places';

describe('placesFor', () => {
  it('shows every place when the method is unknown', () => {
    expect(placesFor('unknown').map((p) => p.method)).toEqual(['app', 'sms', 'backup', 'security-key']);
    expect(placesFor(undefined)).toHaveLength(CODE_PLACES.length);
  });

  it('puts the asked method first and keeps the backup code as a way out', () => {
    expect(placesFor('sms').map((p) => p.method)).toEqual(['sms', 'backup']);
    expect(placesFor('app').map((p) => p.method)).toEqual(['app', 'backup']);
    expect(placesFor('security-key').map((p) => p.method)).toEqual(['security-key', 'backup']);
  });

  it('shows only the backup code when X asks for one', () => {
    expect(placesFor('backup').map((p) => p.method)).toEqual(['backup']);
  });
});
