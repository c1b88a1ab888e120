/**
 * The classifier on the live 2026 page as docs/x-facts.md F3 and F8 describe it: a covered
 * duplicate of the live form, the one transparent code input, other steps' forms kept inert, and
 * X's error banner. Which copy is on top is said with fake-layout's hit tests (happy-dom has no
 * layout); the replica draws the rest.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { classify } from '../../../src/page/classify';
import { isLive } from '../../../src/page/live';
import { renderScene, sceneFromUrl } from '../../fixtures/replica/x-replica.js';
import { coverWith, hitTestWith, placeAt, stackCopies, useFakeLayout } from '../support/fake-layout';

beforeEach(useFakeLayout);

const JF = '/i/jf/onboarding/web?mode=login';

function show(path: string, lang: 'en' | 'ja' = 'en', shape = 0): URL {
  const url = new URL(path, 'https://x.com');
  renderScene(document, { ...sceneFromUrl(url.href), lang, shape });
  return url;
}

/** The two copies of the live form the replica draws with `dup=`, in DOM order. */
function copies(): [HTMLFormElement, HTMLFormElement] {
  const forms = [...document.querySelectorAll('form')].filter((form) => !form.closest('[inert]'));
  expect(forms).toHaveLength(2);
  return forms as [HTMLFormElement, HTMLFormElement];
}

/** A URL naming no step we know: the step is judged by what the page shows alone. */
const opaque = (url: URL) => new URL(`${url.origin}${url.pathname}${url.search}#/s/r_opaque/z9`);

describe('a covered duplicate of the live form', () => {
  it('loses: method, control and container come from the copy on top, whichever it is', () => {
    const url = show(`${JF}&dup=1&method=app#/s/two_factor_code/d1`);
    const [first, second] = copies();
    // The copies differ here only so that the test can tell which one was read.
    first.querySelector('h1')!.textContent = 'Enter your backup code';
    for (const p of first.querySelectorAll('p')) p.textContent = 'Enter a backup code from X.';

    stackCopies(first, second);
    let reading = classify(document, url);
    expect(reading).toMatchObject({ context: 'code-prompt', method: 'app' });
    expect(reading.stepContainer).toBe(second);
    expect(second.contains(reading.chooseMethodControl!)).toBe(true);

    stackCopies(second, first);
    reading = classify(document, url);
    expect(reading).toMatchObject({ context: 'code-prompt', method: 'backup' });
    expect(reading.stepContainer).toBe(first);
    expect(first.contains(reading.chooseMethodControl!)).toBe(true);
  });

  it('reads the phone digits of the copy on top only', () => {
    const url = show(`${JF}&dup=2&method=sms&digits=34#/s/two_factor_code/d3`);
    const [top, under] = copies();
    for (const p of under.querySelectorAll('p')) p.textContent = p.textContent.replace('34', '99');
    stackCopies(under, top);
    expect(classify(document, url)).toMatchObject({ method: 'sms', phoneDigits: '34' });
    stackCopies(top, under);
    expect(classify(document, url)).toMatchObject({ method: 'sms', phoneDigits: '99' });
  });

  it('reads the chooser and the security-key step (no field at all) from the copy on top', () => {
    let url = show(`${JF}&dup=1#/s/two_factor_choose_method/d5`);
    let [under, top] = copies();
    stackCopies(under, top);
    const chooser = classify(document, url);
    expect(chooser.context).toBe('choose-method');
    expect(chooser.stepContainer).toBe(top);

    url = show(`${JF}&dup=2&method=key#/s/two_factor_code/d4`);
    [top, under] = copies();
    stackCopies(under, top);
    const reading = classify(document, opaque(url));
    expect(reading).toMatchObject({ context: 'code-prompt', method: 'security-key' });
    expect(reading.stepContainer).toBe(top);
    expect(top.contains(reading.chooseMethodControl!)).toBe(true);
  });

  it('is no step at all when something else covers both copies (X’s own layer over the form)', () => {
    const url = show(`${JF}&dup=1&method=app#/s/two_factor_code/d1`);
    const veil = document.createElement('div');
    document.body.append(veil);
    coverWith(veil);
    expect(classify(document, opaque(url)).context).toBe('other');
  });
});

describe('the one transparent one-time-code input', () => {
  it('is the live code field although its opacity is 0, by structure alone', () => {
    const url = show(`${JF}&otc=1&method=app#/s/two_factor_code/o1`);
    const input = document.querySelector('input.jf-code-input-field[autocomplete="one-time-code"]')!;
    expect(input.getAttribute('style')).toContain('opacity:0');
    expect(document.querySelectorAll('input.jf-code-input-field')).toHaveLength(1);
    expect(isLive(input)).toBe(true);
    expect(classify(document, opaque(url))).toMatchObject({ context: 'code-prompt', method: 'app' });
  });

  it('is live where a hit test at its centre reaches its own cells, and not where another form covers it', () => {
    show(`${JF}&otc=1&method=app#/s/two_factor_code/o1`);
    const input = document.querySelector('input.jf-code-input-field')!;
    const cell = input.parentElement!.querySelector('.jf-code-input-cell')!;
    hitTestWith(() => [cell]);
    expect(isLive(input)).toBe(true);
    const other = document.createElement('div');
    document.body.append(other);
    hitTestWith(() => [other]);
    expect(isLive(input)).toBe(false);
  });

  it('is not live when the whole code input is parked transparent (a future step)', () => {
    const url = show(`${JF}&otc=1&method=app#/s/two_factor_code/o1`);
    const wrapper = document.querySelector('input.jf-code-input-field')!.parentElement as HTMLElement;
    wrapper.style.opacity = '0';
    expect(classify(document, opaque(url)).context).toBe('other');
  });

  it('is not live when parked off the page (a negative offset), however opaque its wrapper', () => {
    const url = show(`${JF}&otc=1&method=app#/s/two_factor_code/o1`);
    const input = document.querySelector('input.jf-code-input-field')!;
    placeAt(input, { left: -9999, top: -9999, width: 200, height: 60 });
    expect(isLive(input)).toBe(false);
    expect(classify(document, opaque(url)).context).toBe('other');
  });

  it('works for the SMS code drawn as cells too', () => {
    const url = show(`${JF}&otc=1&method=sms&digits=34#/s/two_factor_code/o2`, 'ja', 1);
    expect(document.querySelector('input.jf-code-input-field[inputmode="numeric"]')).not.toBeNull();
    expect(classify(document, url)).toMatchObject({ context: 'code-prompt', method: 'sms', phoneDigits: '34' });
  });
});

describe('other steps’ forms kept in the page, inert and transparent', () => {
  it('leave the password step alone though the code step’s boxes and its “another method” control are in the page', () => {
    const url = show(`${JF}&stack=kept#/s/login_enter_password/k2`);
    const kept = [...document.querySelectorAll('form[inert]')];
    expect(kept.length).toBeGreaterThanOrEqual(2);
    expect(document.querySelectorAll('form[inert] input.jf-code-input-field').length).toBe(6);
    expect(classify(document, url).context).toBe('other');
    expect(classify(document, opaque(url)).context).toBe('other');
  });

  it('stay out when X parks the next step by transparency and pointer events alone (no inert)', () => {
    const url = show(`${JF}&stack=next#/s/login_enter_password/n2`);
    const future = document.querySelector('form[inert]')!;
    future.removeAttribute('inert');
    // The password form is still live, so this stays the password step; the parked code boxes are not live.
    expect(classify(document, opaque(url)).context).toBe('other');
    for (const box of future.querySelectorAll('input')) expect(isLive(box)).toBe(false);
  });

  it('leave the username step alone with its hidden autofill password and the password step’s form kept next', () => {
    const url = show(`${JF}&stack=next`);
    const hidden = document.querySelector('form:not([inert]) input[type="password"]')!;
    expect(hidden).not.toBeNull();
    expect(hidden.closest('[inert]')).toBeNull();
    expect(isLive(hidden)).toBe(false);
    expect(isLive(document.querySelector('#jf-input-username_or_email')!)).toBe(true);
    expect(classify(document, url).context).toBe('other');
  });

  it('do not lend the code step their words, fields or controls', () => {
    const url = show(`${JF}&stack=kept&method=backup#/s/two_factor_code/k5`);
    const reading = classify(document, opaque(url));
    expect(reading).toMatchObject({ context: 'code-prompt', method: 'backup' });
    expect(reading.stepContainer?.closest('[inert]')).toBeNull();
    expect(reading.chooseMethodControl?.closest('[inert]')).toBeNull();
  });

  it('the chooser is read from the live form, not from the code step kept before it', () => {
    const url = show(`${JF}&stack=kept#/s/two_factor_choose_method/k7`, 'ja');
    const reading = classify(document, opaque(url));
    expect(reading.context).toBe('choose-method');
    expect(reading.stepContainer?.hasAttribute('inert')).toBe(false);
  });
});

describe('X’s error banner on a login step', () => {
  it('says the login is temporarily limited, in words we know (en, U+2019)', () => {
    const url = show(`${JF}&banner=limited&stack=kept#/s/login_enter_password/l2`);
    expect(document.querySelector('[data-icon="icon-error-triangle"]')?.getAttribute('aria-hidden')).toBe('true');
    expect(document.body.textContent).toContain('We’ve temporarily limited your login. Please try again later.');
    expect(classify(document, url)).toEqual({ context: 'other', loginNotice: 'limited' });
  });

  it('also on a code step, beside the code prompt', () => {
    const url = show(`${JF}&banner=limited#/s/two_factor_code/l3`);
    expect(classify(document, url)).toMatchObject({ context: 'code-prompt', method: 'app', loginNotice: 'limited' });
  });

  it('is unread in words we cannot read (ja limit, an unknown text)', () => {
    expect(classify(document, show(`${JF}&banner=limited`, 'ja')).loginNotice).toBe('unread');
    expect(classify(document, show(`${JF}&banner=unknown#/s/login_enter_password/l6`)).loginNotice).toBe('unread');
  });

  it('is none for a wrong password or a wrong code, which we know are no lockout', () => {
    expect(classify(document, show(`${JF}&banner=password#/s/login_enter_password/l4`)).loginNotice).toBeUndefined();
    expect(classify(document, show(`${JF}&banner=code#/s/two_factor_code/l5`, 'ja')).loginNotice).toBeUndefined();
    expect(document.body.textContent).toContain('認証コードが正しくありません。');
  });

  it('says nothing from a kept, inert step or a covered copy', () => {
    let url = show(`${JF}&banner=limited#/s/login_enter_password/l2`);
    document.querySelector('form')!.setAttribute('inert', '');
    expect(classify(document, url).loginNotice).toBeUndefined();

    url = show(`${JF}&banner=limited&dup=1#/s/login_enter_password/l2`);
    const [under, top] = copies();
    top.querySelector('.jf-banner')!.remove();
    stackCopies(under, top);
    expect(classify(document, url).loginNotice).toBeUndefined();
  });
});
