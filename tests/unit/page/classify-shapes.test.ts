/**
 * The classifier on the shapes X's 2026 login layout may take (docs/x-facts.md F4, F5, F22): what is
 * known, and both sides of what is not (autocomplete on the digit boxes, the chooser's step
 * name, the wording of "use another method"). Small hand-written pages, so each test names
 * the one structural fact it is about; the replica covers whole pages.
 */
import { beforeEach, afterEach, describe, expect, it } from 'vitest';
import { useFakeLayout } from '../support/fake-layout';
import { classify } from '../../../src/page/classify';

// Boxes for every rendered element (happy-dom has no layout): classification reads only the live step.
beforeEach(useFakeLayout);

const JF = 'https://x.com/i/jf/onboarding/web?mode=login';
const at = (step: string) => new URL(`${JF}#/s/${step}/r8x2`);

/** Test-only markup, written here: never page or user text. */
function page(markup: string) {
  document.body.innerHTML = `<div id="react-root"><div class="css-175oi2r"><div class="css-175oi2r r-1awozwy"><form>${markup}</form></div></div></div>`;
}

function boxes({ autocomplete }: { autocomplete: boolean }) {
  const attr = autocomplete ? ' autocomplete="one-time-code"' : '';
  return Array.from({ length: 6 }, (_, i) => `<input type="text" inputmode="numeric" maxlength="1"${attr} aria-label="Digit ${i + 1}">`).join('');
}

const submit = (label = 'Verify', type = 'submit') => `<button type="${type}">${label}</button>`;

afterEach(() => document.body.replaceChildren());

describe('2026 code steps', () => {
  for (const autocomplete of [false, true]) {
    it(`knows six one-digit boxes ${autocomplete ? 'with' : 'without'} autocomplete, in a language it has no words for, as the app code`, () => {
      page(`<h1>Zwei-Faktor-Code eingeben</h1><div role="group">${boxes({ autocomplete })}</div>${submit('Weiter')}`);
      // Neither the hash nor the words help: an unknown step name, German text.
      const reading = classify(document, at('step_4711'));
      expect(reading).toMatchObject({ context: 'code-prompt', method: 'app' });
    });
  }

  it('reads the text-message step and the phone’s last digits', () => {
    page(`<h1>Check your phone</h1><p>We sent a text message with a verification code to your phone ending in 56.</p>
      <input name="challenge_response" inputmode="numeric">${submit('Next')}<button type="button">Didn’t receive a code?</button>`);
    expect(classify(document, at('two_factor_code'))).toMatchObject({ context: 'code-prompt', method: 'sms', phoneDigits: '56' });
  });

  it('reads the backup-code step from its words, though its field is a plain text field', () => {
    page(`<h1>Enter a backup code from X.</h1><input name="challenge_response" type="text">${submit('Next')}`);
    expect(classify(document, at('two_factor_code'))).toMatchObject({ context: 'code-prompt', method: 'backup' });
    // Same page under a step name we do not know: the words still say "code".
    expect(classify(document, at('enter_backup'))).toMatchObject({ context: 'code-prompt', method: 'backup' });
  });

  it('takes a text-message code under verify_code for a code prompt, but not an e-mailed one', () => {
    page(`<h1>We sent a text message with a verification code to your phone.</h1><input name="challenge_response" inputmode="numeric">${submit('Next')}`);
    expect(classify(document, at('verify_code'))).toMatchObject({ context: 'code-prompt', method: 'sms' });
    page(`<h1>We sent you a code</h1><p>Enter it below to verify j•••@example.com.</p><div>${boxes({ autocomplete: true })}</div>${submit()}`);
    expect(classify(document, at('verify_code')).context).toBe('other');
    // Six boxes under a confirmation step name, in a language we have no words for: not enough.
    page(`<h1>Código enviado</h1><div>${boxes({ autocomplete: false })}</div>${submit('Seguir')}`);
    expect(classify(document, at('verify_code')).context).toBe('other');
  });
});

describe('2026 steps that are not code prompts', () => {
  it('waits for the code step to render: the URL alone, over X’s spinner, opens nothing yet', () => {
    document.body.innerHTML = `<div id="react-root"><div role="progressbar" aria-label="Loading…"><svg></svg></div></div>`;
    expect(classify(document, at('two_factor_code')).context).toBe('other');
  });

  it('leaves the knowledge check alone, though it uses the same field', () => {
    page(`<h1>Confirm your account</h1><p>Confirm the phone number associated with your X account.</p>
      <input name="challenge_response" type="text">${submit('Next')}`);
    expect(classify(document, at('knowledge_check')).context).toBe('other');
    // Without the step name, its words veto it.
    expect(classify(document, new URL(JF)).context).toBe('other');
  });

  it('leaves a captcha alone, whatever surrounds it', () => {
    page(`<h1>Verify your two factor code</h1><iframe src="https://client-api.arkoselabs.com/fc/gc/?token=1"></iframe>`);
    expect(classify(document, at('two_factor_code')).context).toBe('other');
  });

  it('leaves the password step alone', () => {
    page(`<h1>Enter your password</h1><input type="password" name="password">${submit('Log in')}`);
    expect(classify(document, at('login_enter_password')).context).toBe('other');
    expect(classify(document, at('two_factor_code')).context).toBe('other');
  });
});

describe('the method chooser', () => {
  const radios = (labels: string[], shape: 'role' | 'input') =>
    labels
      .map((label, i) =>
        shape === 'role'
          ? `<button type="button" role="radio" aria-checked="false"><span>${label}</span></button>`
          : `<label><input type="radio" name="method" value="${i}"><span>${label}</span></label>`,
      )
      .join('');

  for (const shape of ['role', 'input'] as const) {
    it(`is known by the methods it names, whatever its step name (${shape} radios)`, () => {
      page(`<h1>Select a method to authenticate</h1>${radios(['Authentication app', 'Text message', 'Backup code', 'Security key'], shape)}`);
      for (const step of ['two_factor_choose_method', 'select_method', 'login_challenge']) {
        expect(classify(document, at(step)).context, step).toBe('choose-method');
      }
    });

    it(`is known in a language it has no words for (${shape} radios)`, () => {
      page(`<h1>Wähle eine Methode</h1>${radios(['Authentifizierungs-App', 'SMS-Nachricht', 'Sicherungscode'], shape)}`);
      expect(classify(document, at('login_challenge')).context).toBe('choose-method');
    });
  }

  it('is not a list of where to send an e-mail code', () => {
    page(`<h1>Where should we send a confirmation code?</h1>${radios(['Send an email to j•••@example.com', 'Text the phone number or app'], 'input')}`);
    expect(classify(document, at('login_challenge')).context).toBe('other');
  });
});

describe('X’s “use another method” control, whatever its wording', () => {
  const codeStep = (controls: string) => `<h1>Enter your two factor code</h1><div>${boxes({ autocomplete: false })}</div>${controls}`;

  it.each([
    ['Try another way', 'button'],
    ['Use a different method', 'div-role'],
    ['Other options', 'link'],
    ['別の方法を試す', 'button'],
    ['Problème de connexion ?', 'button'], // words it has never seen: found by structure
  ])('finds “%s” (%s) and quotes its words', (label, kind) => {
    const control =
      kind === 'link'
        ? `<a href="#/s/select_method/q1">${label}</a>`
        : kind === 'div-role'
          ? `<div role="button" tabindex="0">${label}</div>`
          : `<button type="button">${label}</button>`;
    page(codeStep(`${submit('Verify', 'button')}${control}<a href="https://help.x.com/forms/account-access/regain-access">Contact X Support</a>`));
    const reading = classify(document, at('two_factor_code'));
    expect(reading.chooseMethodControl?.textContent).toBe(label);
    expect(reading.chooseMethodLabel).toBe(label);
  });

  it('never takes the submit button or “resend” for it', () => {
    page(codeStep(`${submit('Verify')}<button type="button">Didn’t receive a code?</button>`));
    expect(classify(document, at('two_factor_code')).chooseMethodControl).toBeUndefined();
  });

  it('gives up rather than guess between two unknown controls', () => {
    page(codeStep(`${submit('Weiter', 'button')}<button type="button">Andere Möglichkeit</button>`));
    expect(classify(document, at('two_factor_code')).chooseMethodControl).toBeUndefined();
  });
});

describe('method changes on the two-factor settings page', () => {
  it('knows X’s flow that turns a method off by its route, and enrollment flows as other', () => {
    page(`<div role="dialog" aria-modal="true"><h1>Turn off two-factor authentication?</h1><button type="button">Turn off</button></div>`);
    const off = classify(document, new URL('https://x.com/i/flow/two-factor-unenrollment?input_flow_data=%7B%22x%22%3A1%7D'));
    expect(off.context).toBe('method-off');
    expect(off.stepContainer?.getAttribute('role')).toBe('dialog');
    // Over X's spinner, before the dialog is drawn: nothing yet.
    document.body.innerHTML = `<div id="react-root"><div role="progressbar" aria-label="Loading…"></div></div>`;
    expect(classify(document, new URL('https://x.com/i/flow/two-factor-unenrollment?input_flow_data=%7B%7D')).context).toBe('other');
    for (const flow of ['two-factor-sms-enrollment', 'two-factor-auth-app-enrollment', 'two-factor-security-key-enrollment']) {
      expect(classify(document, new URL(`https://x.com/i/flow/${flow}`)).context, flow).toBe('other');
    }
  });
});
