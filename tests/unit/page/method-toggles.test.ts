import { describe, expect, it } from 'vitest';
import { isMethodSwitch } from '../../../src/page/method-toggles';

describe('isMethodSwitch', () => {
  it('knows X’s method switches and the rows that toggle them', () => {
    document.body.innerHTML = `<label id="row"><span id="text">Authentication app</span><input type="checkbox" name="Totp"></label>
      <label id="other"><span id="other-text">Protect your posts</span><input type="checkbox" name="protected"></label>`;
    expect(isMethodSwitch(document.querySelector('input[name="Totp"]'))).toBe(true);
    expect(isMethodSwitch(document.getElementById('text'))).toBe(true);
    expect(isMethodSwitch(document.getElementById('other-text'))).toBe(false);
    expect(isMethodSwitch(null)).toBe(false);
    expect(isMethodSwitch(window)).toBe(false);
  });
});
