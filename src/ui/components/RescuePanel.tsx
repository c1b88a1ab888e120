import type { RefObject } from 'preact';
import type { PageTranslate as Translate } from '../../i18n';
import type { PageReading } from '../../page/reading';
import type { UiLanguage } from '../../page/page-language';
import type { Slot } from '../placement';
import { AssistantSection } from '../assistant/AssistantSection';
import { ComposerSection } from '../assistant/ComposerSection';
import { RiskCheck, type RiskKind } from '../assistant/RiskCheck';
import { DeviceSection } from './DeviceSection';
import { MethodSection } from './MethodSection';
import { PathSection } from './PathSection';
import { PlacesSection } from './PlacesSection';
import { SupportSection } from './SupportSection';

interface Props {
  reading: PageReading;
  lang: UiLanguage;
  t: Translate;
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
export function RescuePanel({ reading, lang, t, slot, headingRef, onClose, marking, onToggleMarker, risk, riskActions }: Props) {
  const { context } = reading;
  const onLogin = context === 'code-prompt' || context === 'choose-method';
  const intro = onLogin || context === 'settings' ? context : undefined;
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
          {t(risk ? 'panel.title.risk' : 'panel.title')}
        </h2>
        <button type="button" data-rescue="close" class="icon-button" aria-label={t('panel.close')} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {/* Before a risky change: only the short check, nothing else to read. */}
      {risk && <RiskCheck kind={risk} lang={lang} t={t} {...riskActions} />}
      {!risk && intro && <p class="intro">{t(`panel.intro.${intro}`)}</p>}
      {!risk && <AssistantSection lang={lang} t={t} />}
      {onLogin && <PlacesSection method={reading.method} phoneDigits={reading.phoneDigits} t={t} />}
      {onLogin && <DeviceSection lang={lang} t={t} />}
      {context === 'code-prompt' && (
        <MethodSection
          t={t}
          present={Boolean(reading.chooseMethodControl)}
          label={reading.chooseMethodLabel}
          marking={marking}
          onToggle={onToggleMarker}
        />
      )}
      {!onLogin && !risk && <PathSection lang={lang} t={t} current={reading.settingsStep} />}
      {!risk && (
        <SupportSection lang={lang} t={t}>
          <ComposerSection lang={lang} t={t} />
        </SupportSection>
      )}
    </aside>
  );
}
