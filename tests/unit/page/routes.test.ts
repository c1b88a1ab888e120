import { describe, expect, it } from 'vitest';
import { isFlowLogin, isOnboardingLogin, mayBeRelevant, onboardingStep, settingsStep } from '../../../src/page/routes';

const url = (path: string) => new URL(path, 'https://x.com');

describe('routes', () => {
  it('knows both login layouts', () => {
    expect(isFlowLogin(url('/i/flow/login'))).toBe(true);
    expect(isFlowLogin(url('/login/'))).toBe(true);
    expect(isFlowLogin(url('/i/flow/signup'))).toBe(false);
    expect(isOnboardingLogin(url('/i/jf/onboarding/web?mode=login'))).toBe(true);
    expect(isOnboardingLogin(url('/i/jf/onboarding/web?mode=signup'))).toBe(false);
  });

  it('reads the 2026 layout step from the hash', () => {
    expect(onboardingStep(url('/i/jf/onboarding/web?mode=login#/s/two_factor_code/abc123'))).toBe('two_factor_code');
    expect(onboardingStep(url('/i/jf/onboarding/web?mode=login'))).toBe('');
    expect(onboardingStep(url('/i/jf/onboarding/web#/settings'))).toBe('');
  });

  it('places settings pages on the path to the backup code', () => {
    expect(settingsStep(url('/settings'))).toBe('settings');
    expect(settingsStep(url('/settings/security_and_account_access'))).toBe('account-access');
    expect(settingsStep(url('/settings/security/'))).toBe('security');
    expect(settingsStep(url('/settings/account/login_verification'))).toBe('two-factor');
    expect(settingsStep(url('/settings/account/login_verification/backup_code'))).toBe('additional-method');
    expect(settingsStep(url('/settings/account/login_verification/temporary_password'))).toBe('additional-method');
    expect(settingsStep(url('/settings/account'))).toBeUndefined();
    expect(settingsStep(url('/settings/display'))).toBeUndefined();
    expect(settingsStep(url('/settings/password'))).toBeUndefined();
  });

  it('ignores pages that cannot be relevant', () => {
    for (const path of ['/home', '/explore', '/jack/status/20', '/i/bookmarks', '/settingsfoo']) {
      expect(mayBeRelevant(url(path)), path).toBe(false);
    }
    for (const path of ['/i/flow/login', '/settings/password', '/settings/security', '/settings/display', '/i/jf/onboarding/web?mode=login']) {
      expect(mayBeRelevant(url(path)), path).toBe(true);
    }
  });
});
