import { describe, expect, it } from 'vitest';
import {
  isConfirmationStep,
  isFlowLogin,
  isMethodOff,
  isNeverCodeStep,
  isOnboardingLogin,
  isTwoFactorStep,
  mayBeRelevant,
  onboardingStep,
  settingsStep,
  wayBackFrom,
} from '../../../src/page/routes';

const url = (path: string) => new URL(path, 'https://x.com');

describe('routes', () => {
  it('knows both login layouts', () => {
    expect(isFlowLogin(url('/i/flow/login'))).toBe(true);
    expect(isFlowLogin(url('/login/'))).toBe(true);
    expect(isFlowLogin(url('/i/flow/signup'))).toBe(false);
    expect(isOnboardingLogin(url('/i/jf/onboarding/web?mode=login'))).toBe(true);
    expect(isOnboardingLogin(url('/i/jf/onboarding/web?mode=signup'))).toBe(false);
  });

  it('knows the 2026 login under the URLs X also uses (docs/x-facts.md F2), and not its sign-up', () => {
    for (const path of [
      '/i/jf/onboarding/web?mode=login&redirect_after_login=%2Fhome',
      '/i/jf/onboarding/web?redirect_after_login=%2Fhome',
      '/i/jf/onboarding/web?mode=login&flow=expired',
      '/i/jf/onboarding/web',
      '/i/jf/onboarding/web/',
      '/i/jf/onboarding?flow_name=login',
      '/i/jf/onboarding?flow_name=login#/s/two_factor_code/r-z4wf9',
    ]) {
      expect(isOnboardingLogin(url(path)), path).toBe(true);
    }
    for (const path of [
      '/i/jf/onboarding/web?mode=signup',
      '/i/jf/onboarding/web?mode=signup&redirect_after_login=%2Fhome',
      '/i/jf/onboarding?flow_name=signup',
      '/i/jf/onboarding?flow_name=password_reset',
      '/i/jf/onboarding/web/other',
      '/i/jf/other',
    ]) {
      expect(isOnboardingLogin(url(path)), path).toBe(false);
    }
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

  it('knows X’s flow that turns a method off, and not the flows that add one', () => {
    expect(isMethodOff(url('/i/flow/two-factor-unenrollment?input_flow_data=%7B%7D'))).toBe(true);
    expect(isMethodOff(url('/i/flow/two-factor-unenrollment/'))).toBe(true);
    for (const path of [
      '/i/flow/two-factor-sms-enrollment',
      '/i/flow/two-factor-auth-app-enrollment',
      '/i/flow/two-factor-unenrollmentx',
      '/settings/account/login_verification',
    ]) {
      expect(isMethodOff(url(path)), path).toBe(false);
    }
    expect(mayBeRelevant(url('/i/flow/two-factor-unenrollment?input_flow_data=x'))).toBe(true);
    expect(mayBeRelevant(url('/i/flow/two-factor-sms-enrollment'))).toBe(false);
  });

  it('offers the two-factor page as the way back from the method-off flow, whose URL is one-time', () => {
    expect(wayBackFrom(url('/i/flow/two-factor-unenrollment?input_flow_data=%7B%7D'))).toBe('/settings/account/login_verification');
    expect(wayBackFrom(url('/settings/password/'))).toBe('/settings/password');
    // Back to a login page: the link that leads to the login, never `/login` (which may open sign-up).
    expect(wayBackFrom(url('/login'))).toBe('/i/flow/login');
    expect(wayBackFrom(url('/i/jf/onboarding/web?mode=login#/s/login_enter_password/a2'))).toBe('/i/flow/login');
  });

  it('sorts the 2026 step names it knows', () => {
    expect(isTwoFactorStep('two_factor_code')).toBe(true);
    expect(isNeverCodeStep('knowledge_check')).toBe(true);
    expect(isNeverCodeStep('login_enter_password')).toBe(true);
    expect(isNeverCodeStep('two_factor_code')).toBe(false);
    expect(isConfirmationStep('verify_code')).toBe(true);
    expect(isConfirmationStep('two_factor_code')).toBe(false);
  });
});
