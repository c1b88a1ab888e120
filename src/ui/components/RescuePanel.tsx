import type { RefObject } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PageReading } from '../../page/reading';
import { contextOf, type PanelSection } from '../contexts';
import type { Slot } from '../placement';
import { AssistantSection } from '../assistant/AssistantSection';
import { ComposerSection } from '../assistant/ComposerSection';
import { RiskCheck } from '../assistant/RiskCheck';
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
  riskActions: { onGetBackup: () => void; onReady: () => void };
}

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
export function RescuePanel({ reading, slot, headingRef, onClose, marking, onToggleMarker, riskActions }: Props) {
  const { page: t } = useTexts();
  const spec = contextOf(reading);
  const panel = useRef<HTMLElement>(null);
  const more = useMoreBelow(panel);
  // Each section as the page's context lists it (src/ui/contexts.ts), in that order.
  const draw = (section: PanelSection) => {
    switch (section) {
      case 'risk':
        return spec.risk && <RiskCheck key={section} kind={spec.risk} {...riskActions} />;
      case 'intro':
        return (
          spec.intro && (
            <p key={section} class="intro">
              {t(spec.intro)}
            </p>
          )
        );
      case 'places':
        return <PlacesSection key={section} method={reading.method} phoneDigits={reading.phoneDigits} />;
      case 'method':
        return (
          <MethodSection
            key={section}
            present={Boolean(reading.chooseMethodControl)}
            label={reading.chooseMethodLabel}
            marking={marking}
            onToggle={onToggleMarker}
          />
        );
      case 'device':
        return <DeviceSection key={section} />;
      case 'path':
        return <PathSection key={section} current={reading.settingsStep} />;
      case 'support':
        return (
          <SupportSection key={section}>
            <ComposerSection />
          </SupportSection>
        );
      case 'support-link':
        return <SupportSection key={section} />;
      case 'assistant':
        return <AssistantSection key={section} chooseMethodLabel={reading.chooseMethodLabel} />;
    }
  };
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
          {t(spec.title)}
        </h2>
        <button type="button" data-rescue="close" class="icon-button" aria-label={t('panel.close')} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {/* X's error banner first: what it means comes before anything else. */}
      {reading.loginNotice && <LoginNotice notice={reading.loginNotice} />}
      {spec.sections.map(draw)}
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
