import type { RefObject } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PageKey } from '../../i18n';
import { isNoticeOnly, type PageContext, type PageReading } from '../../page/reading';
import type { Slot } from '../placement';
import { AssistantSection } from '../assistant/AssistantSection';
import { ComposerSection } from '../assistant/ComposerSection';
import { RiskCheck, type RiskKind } from '../assistant/RiskCheck';
import { DeviceSection } from './DeviceSection';
import { LoginNotice } from './LoginNotice';
import { MethodSection } from './MethodSection';
import { PathSection } from './PathSection';
import { PlacesSection } from './PlacesSection';
import { SupportSection } from './SupportSection';
import { useTexts } from '../texts-context';

interface Props {
  reading: PageReading;
  slot: Slot;
  headingRef: RefObject<HTMLHeadingElement>;
  onClose: () => void;
  marking: boolean;
  onToggleMarker: () => void;
  /** The check before a password change or turning a method off. */
  risk?: RiskKind | undefined;
  riskActions: { onGetBackup: () => void; onReady: () => void };
}

/** Each page its own title: a logged-in user on the settings path is not stuck at a code. */
const TITLES: Record<PageContext, PageKey> = {
  'code-prompt': 'panel.title',
  'choose-method': 'panel.title.choose-method',
  settings: 'panel.title.settings',
  'password-change': 'panel.title.password-change',
  'method-off': 'panel.title.method-off',
  other: 'panel.title',
};

/** Whether the panel has more below what it shows: watched on scroll and whenever it or a section resizes
 * (a fold opened, the slot changed, a font loaded). Sections come and go only when the panel renders. */
function useMoreBelow(panel: RefObject<HTMLElement>): boolean {
  const [more, setMore] = useState(false);
  useLayoutEffect(() => {
    const box = panel.current;
    if (!box) return;
    const check = () => setMore(box.scrollHeight - box.scrollTop - box.clientHeight > 8);
    const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(check) : undefined;
    for (const element of [box, ...box.children]) resized?.observe(element);
    box.addEventListener('scroll', check, { passive: true });
    check();
    return () => {
      resized?.disconnect();
      box.removeEventListener('scroll', check);
    };
  });
  return more;
}

/**
 * The side panel, tailored to the page it is on, the next step first: on the code step where this
 * method's code may be, then X's own control for another method, a device still logged in, X Support;
 * the long paths folded, the plan last. A cue at the bottom edge says when more follows.
 */
export function RescuePanel({ reading, slot, headingRef, onClose, marking, onToggleMarker, risk, riskActions }: Props) {
  const { page: t } = useTexts();
  const { context } = reading;
  const panel = useRef<HTMLElement>(null);
  const more = useMoreBelow(panel);
  const onLogin = context === 'code-prompt' || context === 'choose-method';
  // A login step we otherwise leave alone, shown for X's error banner: that notice and the support link only.
  const noticeOnly = isNoticeOnly(reading);
  const rescue = !risk && !noticeOnly;
  const intro = context === 'choose-method' || context === 'settings' ? context : undefined;
  return (
    <aside
      ref={panel}
      data-rescue="panel"
      class="panel"
      aria-labelledby="rescue-title"
      style={{ left: `${slot.left}px`, top: `${slot.top}px`, width: `${slot.width}px`, maxHeight: `${slot.maxHeight}px` }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <header class="panel-header">
        <h2 id="rescue-title" class="panel-title" tabIndex={-1} ref={headingRef}>
          {t(noticeOnly ? 'panel.title.notice' : TITLES[context])}
        </h2>
        <button type="button" data-rescue="close" class="icon-button" aria-label={t('panel.close')} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {/* X's error banner first: what it means comes before anything else. */}
      {reading.loginNotice && <LoginNotice notice={reading.loginNotice} />}
      {/* Before a risky change: only the short check, nothing else to read. */}
      {risk && <RiskCheck kind={risk} {...riskActions} />}
      {rescue && intro && <p class="intro">{t(`panel.intro.${intro}`)}</p>}
      {onLogin && <PlacesSection method={reading.method} phoneDigits={reading.phoneDigits} />}
      {context === 'code-prompt' && (
        <MethodSection present={Boolean(reading.chooseMethodControl)} label={reading.chooseMethodLabel} marking={marking} onToggle={onToggleMarker} />
      )}
      {onLogin && <DeviceSection />}
      {!onLogin && rescue && <PathSection current={reading.settingsStep} />}
      {!risk && <SupportSection>{!noticeOnly && <ComposerSection />}</SupportSection>}
      {rescue && <AssistantSection chooseMethodLabel={reading.chooseMethodLabel} />}
      {more && (
        <div class="more-below">
          <button
            type="button"
            class="more-below-button"
            data-rescue="more-below"
            onClick={() => panel.current?.scrollBy({ top: Math.round(panel.current.clientHeight * 0.7) })}
          >
            {t('panel.more-below')}
            <span aria-hidden="true"> ↓</span>
          </button>
        </div>
      )}
    </aside>
  );
}
