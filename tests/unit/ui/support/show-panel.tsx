/** Renders the rescue panel alone, in a language, as the mounted UI would draw it. */
import { render } from '@testing-library/preact';
import { createRef } from 'preact';
import type { UiLanguage } from '../../../../src/page/page-language';
import type { PageReading } from '../../../../src/page/reading';
import { RescuePanel } from '../../../../src/ui/components/RescuePanel';
import { inLanguage } from './in-language';

const SLOT = { left: 0, top: 0, width: 340, maxHeight: 700 };

export function showPanel(reading: PageReading, { lang = 'en', onClose = () => {} }: { lang?: UiLanguage; onClose?: () => void } = {}) {
  render(
    inLanguage(
      lang,
      <RescuePanel
        reading={reading}
        slot={SLOT}
        headingRef={createRef()}
        onClose={onClose}
        marking={false}
        onToggleMarker={() => {}}
        riskActions={{ onGetBackup: () => {}, onReady: () => {} }}
      />,
    ),
  );
  return document.querySelector<HTMLElement>('[data-rescue="panel"]')!;
}
