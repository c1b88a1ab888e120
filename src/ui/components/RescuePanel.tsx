import type { RefObject } from 'preact';
import { isNoticeOnly, type PageReading } from '../../page/reading';
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

/** The side panel: what to try, tailored to the page it is on. */
export function RescuePanel({ reading, slot, headingRef, onClose, marking, onToggleMarker, risk, riskActions }: Props) {
  const { page: t } = useTexts();
  const { context } = reading;
  const onLogin = context === 'code-prompt' || context === 'choose-method';
  const intro = onLogin || context === 'settings' ? context : undefined;
  // A login step we otherwise leave alone, shown for X's error banner: that notice and the support link only.
  const noticeOnly = isNoticeOnly(reading);
  const title = risk ? 'panel.title.risk' : noticeOnly ? 'panel.title.notice' : 'panel.title';
  return (
    <aside
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
          {t(title)}
        </h2>
        <button type="button" data-rescue="close" class="icon-button" aria-label={t('panel.close')} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {/* X's error banner first: what it means comes before anything else. */}
      {reading.loginNotice && <LoginNotice notice={reading.loginNotice} />}
      {/* Before a risky change: only the short check, nothing else to read. */}
      {risk && <RiskCheck kind={risk} {...riskActions} />}
      {!risk && intro && <p class="intro">{t(`panel.intro.${intro}`)}</p>}
      {!risk && !noticeOnly && <AssistantSection chooseMethodLabel={reading.chooseMethodLabel} />}
      {onLogin && <PlacesSection method={reading.method} phoneDigits={reading.phoneDigits} />}
      {onLogin && <DeviceSection />}
      {context === 'code-prompt' && (
        <MethodSection present={Boolean(reading.chooseMethodControl)} label={reading.chooseMethodLabel} marking={marking} onToggle={onToggleMarker} />
      )}
      {!onLogin && !risk && !noticeOnly && <PathSection current={reading.settingsStep} />}
      {!risk && <SupportSection>{!noticeOnly && <ComposerSection />}</SupportSection>}
    </aside>
  );
}
