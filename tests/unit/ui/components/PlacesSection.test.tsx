import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { IN_PAGE_CATALOGUES } from '../../../../src/i18n/in-page-catalogues';
import { PlacesSection } from '../../../../src/ui/components/PlacesSection';
import { inLanguage } from '../support/in-language';

afterEach(cleanup);

describe('the text-message place', () => {
  it('names X’s resend link only on X’s text-message step, where that link is', () => {
    render(inLanguage('ja', <PlacesSection method="sms" phoneDigits="34" />));
    expect(document.querySelector('[data-place="resend"]')?.textContent).toBe(IN_PAGE_CATALOGUES.ja.page['places.sms.resend']);
    cleanup();
    for (const method of ['app', 'unknown', undefined] as const) {
      render(inLanguage('en', <PlacesSection method={method} phoneDigits={undefined} />));
      expect(document.querySelector('[data-place="resend"]'), String(method)).toBeNull();
      cleanup();
    }
  });
});
