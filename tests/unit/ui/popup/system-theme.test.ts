import { afterEach, describe, expect, it, vi } from 'vitest';
import { followSystemTheme } from '../../../../src/ui/popup/system-theme';

describe('followSystemTheme', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sets the theme from the system and follows changes', () => {
    let listener: (() => void) | undefined;
    const query = { matches: true, addEventListener: (_: string, fn: () => void) => (listener = fn) };
    vi.stubGlobal('matchMedia', () => query);
    const root = document.createElement('html');
    followSystemTheme(root);
    expect(root.getAttribute('data-theme')).toBe('dark');
    query.matches = false;
    listener?.();
    expect(root.getAttribute('data-theme')).toBe('light');
  });
});
