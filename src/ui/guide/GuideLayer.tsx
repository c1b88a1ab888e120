import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { GuideId } from '../../model/ids';
import type { GuideView } from '../../guides/in-page/guide-runner';
import { quotedLabel } from '../../guides/in-page/quoted-label';
import { ExternalLink } from '../components/ExternalLink';
import { Highlight } from '../components/Highlight';
import { useTexts } from '../texts-context';
import { useTargetBox } from '../use-target-box';
import { boxOf, sectionHeadingOf, visibleControls } from '../page-geometry';
import { CALLOUT, chooseCallout, placeCallout, type CalloutChoice, type Size } from './callout-placement';

export interface GuideActions {
  onEnd: () => void;
  /** Runs another guide in its place (X does not offer this one's item to the account). */
  onSwitch: (guide: GuideId, returnTo: string | undefined) => void;
  onSkip: (stepId: string) => void;
  onFound: (stepId: string) => void;
  onFinish: () => void;
}

interface Props extends GuideActions {
  view: GuideView;
  rtl: boolean;
  pageLanguageKnown: boolean;
  layoutTick: number;
}

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

function isOutOfView(el: Element): boolean {
  const box = el.getBoundingClientRect();
  return box.bottom < 0 || box.top > innerHeight || box.right < 0 || box.left > innerWidth;
}

/** A guide on the page: a ring around what to click next and a short instruction beside it. */
export function GuideLayer({ view, rtl, layoutTick, pageLanguageKnown, onEnd, onSwitch, onSkip, onFound, onFinish }: Props) {
  const { guide: t, lang } = useTexts();
  const { guide, position, fallback } = view;
  const target = position.kind === 'notice' ? undefined : position.target;
  const box = useTargetBox(target, layoutTick);
  const calloutRef = useRef<HTMLElement>(null);
  const [size, setSize] = useState<Size>({ width: CALLOUT.width, height: 160 });

  // Bring a target into view only when it is out of view, and only once per target.
  useEffect(() => {
    if (target && isOutOfView(target)) target.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
  }, [target]);

  // After every render: the callout's size follows its text, which changes with each step.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- measured on purpose after each render; the update is skipped when nothing changed
  useLayoutEffect(() => {
    const el = calloutRef.current;
    if (!el) return;
    const next = { width: el.offsetWidth, height: el.offsetHeight };
    setSize((current) => (next.width !== current.width || next.height !== current.height ? next : current));
  });

  // Esc on X's page ends the guide, unless X itself has a menu or dialog open for Esc to close.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      if (document.querySelector('#layers [role="menu"], #layers [role="dialog"], [aria-modal="true"]')) return;
      onEnd();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onEnd]);

  const viewport = { width: document.documentElement.clientWidth || innerWidth, height: innerHeight };
  const { width: calloutWidth, height: calloutHeight } = size;
  const { width: viewportWidth, height: viewportHeight } = viewport;
  // The spot is chosen when the target or the page changes (not on every scroll frame): the first
  // that covers none of X's live controls nor the section heading above the target, else the one
  // covering fewest.
  const [choice, setChoice] = useState<CalloutChoice | undefined>(undefined);
  useEffect(() => {
    if (!target?.isConnected) return;
    const callout = { width: calloutWidth, height: calloutHeight };
    const area = { width: viewportWidth, height: viewportHeight };
    const avoid = visibleControls(document, area).map((control) => control.box);
    const heading = sectionHeadingOf(target);
    setChoice(chooseCallout(boxOf(target), callout, area, rtl, avoid, heading ? [boxOf(heading)] : []));
    // The box and layoutTick are left out on purpose: scrolling and X's mutations keep the chosen spot.
  }, [target, calloutWidth, calloutHeight, rtl, viewportWidth, viewportHeight]);
  const spot = placeCallout(box, size, viewport, rtl, choice);
  const stepId = position.kind === 'step' ? position.step.id : undefined;
  const label = position.kind === 'step' && position.label ? quotedLabel(position.label, lang, pageLanguageKnown, position.quoteFrom) : '';
  const text = t(position.text, { label });

  return (
    <>
      {box && <Highlight box={box} />}
      <section
        ref={calloutRef}
        data-rescue="step"
        data-step={stepId ?? position.kind}
        class="callout"
        aria-label={t('guide.label')}
        style={{ left: `${spot.left}px`, top: `${spot.top}px`, width: `${Math.min(CALLOUT.width, viewport.width - 2 * CALLOUT.margin)}px` }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onEnd();
        }}
      >
        {/* The step count beside the close button, the guide's name below across the whole box: one line in every language. */}
        <header class="callout-header">
          <p class="callout-count">{position.kind !== 'notice' && t('guide.step-count', { n: position.index + 1, total: position.total })}</p>
          <button type="button" class="icon-button" data-rescue="close" aria-label={t('guide.end')} onClick={onEnd}>
            <span aria-hidden="true">×</span>
          </button>
        </header>
        <p class="callout-title">
          <strong>{t(guide.title)}</strong>
        </p>
        {fallback && <p class="note">{t('guide.fallback')}</p>}
        <p class="callout-text" role="status">
          {text}
        </p>
        {fallback && stepId && (
          <div class="callout-actions">
            <button type="button" class="text-button" data-rescue="found" onClick={() => onFound(stepId)}>
              {t('guide.found')}
            </button>
            <button type="button" class="text-button" data-rescue="skip" onClick={() => onSkip(stepId)}>
              {t('guide.skip')}
            </button>
          </div>
        )}
        {position.kind === 'unavailable' && (
          <div class="callout-actions">
            <button
              type="button"
              class="text-button"
              data-rescue="switch-guide"
              data-guide={position.instead}
              onClick={() => onSwitch(position.instead, view.returnTo)}
            >
              {t(position.insteadText)}
            </button>
          </div>
        )}
        {position.kind === 'finish' && !position.waitingForPassword && (
          <div class="callout-actions">
            {view.returnTo && (
              <ExternalLink href={`https://x.com${view.returnTo}`} rescue="return" newTabText="">
                {t('guide.return')}
              </ExternalLink>
            )}
            <button type="button" class="text-button" data-rescue="finish" onClick={onFinish}>
              {t('guide.finish')}
            </button>
          </div>
        )}
      </section>
    </>
  );
}
