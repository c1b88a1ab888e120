import { beforeEach, describe, expect, it, vi } from 'vitest';
import { reportFailure, reportOnlyWhile, resetReports } from '../../../src/diagnostics/report';

describe('reportFailure', () => {
  beforeEach(() => resetReports());

  it('reports once per place, naming the place and the error', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    reportFailure('reading the tab state', new TypeError('Receiving end does not exist.'));
    reportFailure('reading the tab state', new TypeError('again'));
    reportFailure('loading the in-page UI', new Error('gone'));
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls[0]![0]).toContain('reading the tab state failed (TypeError: Receiving end does not exist.)');
    expect(warn.mock.calls[1]![0]).toContain('loading the in-page UI failed (Error: gone)');
  });

  it('gives only the error’s name where the error may carry what the page shows', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    reportFailure('page classifier', new SyntaxError('unexpected "secret page words"'), 'name-only');
    expect(warn.mock.calls[0]![0]).toContain('page classifier failed (SyntaxError)');
    expect(warn.mock.calls[0]![0]).not.toContain('secret');
  });

  it('in a copy an update cut off, says nothing (its calls fail with “Extension context invalidated”)', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let there = true;
    reportOnlyWhile(() => there);
    reportFailure('reading the tab state', new Error('Receiving end does not exist.'));
    there = false;
    reportFailure('saving the tab state', new Error('Extension context invalidated.'));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toContain('reading the tab state');
  });
});
