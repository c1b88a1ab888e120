import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { UiLanguage } from '../page/page-language';
import type { PageReading } from '../page/reading';
import { Highlight } from './components/Highlight';
import { Launcher } from './components/Launcher';
import { RescuePanel } from './components/RescuePanel';
import { usePlacement } from './use-placement';
import { useTargetBox } from './use-target-box';
import { GuideLayer, type GuideActions } from './guide/GuideLayer';
import type { GuideView } from '../guides/in-page/guide-runner';

export interface RescueView {
  reading: PageReading;
  lang: UiLanguage;
  rtl: boolean;
  /** The page's language is one of ours: guides quote X's labels from our table, else from the page. */
  pageLanguageKnown: boolean;
  /** Bumped on every page check, so placement follows X's re-layouts. */
  layoutTick: number;
}

interface Props extends RescueView {
  guide?: GuideView | undefined;
  guideActions: GuideActions;
  riskActions: { onGetBackup: () => void; onReady: () => void };
  open: boolean;
  onOpenChange: (open: boolean) => void;
  host: Element | null;
}

/** A running guide takes the place of the panel; otherwise the panel or its launcher. */
export function RescueApp({ guide, guideActions, ...props }: Props) {
  const { lang, rtl, layoutTick, pageLanguageKnown } = props;
  return (
    <div class="root" dir={rtl ? 'rtl' : 'ltr'} lang={lang}>
      {guide ? (
        <GuideLayer view={guide} rtl={rtl} layoutTick={layoutTick} pageLanguageKnown={pageLanguageKnown} {...guideActions} />
      ) : (
        <PanelOrLauncher {...props} />
      )}
    </div>
  );
}

type PanelProps = Omit<Props, 'guide' | 'guideActions'>;

function PanelOrLauncher({ reading, rtl, layoutTick, open, onOpenChange, host, riskActions }: PanelProps) {
  const placement = usePlacement(reading, rtl, layoutTick, host);
  const [marking, setMarking] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const launcherRef = useRef<HTMLButtonElement>(null);
  // Focus moves only after the user's own open/close, never when X's page changes:
  // stealing focus from the code field is the last thing a stressed user needs.
  const focusNext = useRef<'panel' | 'launcher' | null>(null);

  const control = reading.chooseMethodControl;
  // X re-renders its controls; the marker follows the new element, and goes when the step changes.
  useEffect(() => setMarking(false), [reading.context]);

  const showPanel = open && placement.panel !== undefined;
  const markerBox = useTargetBox(showPanel && marking && control?.isConnected ? control : undefined, layoutTick);
  // Layout effect: focus lands before the next key press can go astray.
  useLayoutEffect(() => {
    if (focusNext.current === 'panel' && showPanel) headingRef.current?.focus();
    if (focusNext.current === 'launcher' && !showPanel) launcherRef.current?.focus();
    focusNext.current = null;
  }, [showPanel]);

  return (
    <>
      {showPanel && placement.panel ? (
        <RescuePanel
          reading={reading}
          slot={placement.panel}
          headingRef={headingRef}
          marking={marking}
          onToggleMarker={() => setMarking((on) => !on)}
          riskActions={riskActions}
          onClose={() => {
            focusNext.current = 'launcher';
            setMarking(false);
            onOpenChange(false);
          }}
        />
      ) : (
        <Launcher
          box={placement.launcher}
          buttonRef={launcherRef}
          onOpen={() => {
            focusNext.current = 'panel';
            onOpenChange(true);
          }}
        />
      )}
      {markerBox && <Highlight box={markerBox} />}
    </>
  );
}
