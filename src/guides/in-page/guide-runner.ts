/**
 * Runs one guide in one tab (the content script holds a single runner). It
 * owns what the page cannot tell: which steps the user skipped, when a missing
 * target turns into a plain instruction, and the guide's lifecycle.
 */
import type { UiLanguage } from '../../page/page-language';
import type { GuideState } from '../../model/guide-state';
import { GUIDES, type Guide } from './guides';
import { resolvePosition, type GuidePosition } from './resolve-position';

/** How long a step's target may be missing before we explain instead of pointing. */
export const FALLBACK_AFTER_MS = 3000;

export interface GuideView {
  guide: Guide;
  position: GuidePosition;
  /** The target was not found in time: show the instruction with "I found it" / "Skip". */
  fallback: boolean;
  /** Where the user started it from, to offer the way back at the end. */
  returnTo?: string | undefined;
}

export interface GuideRunnerOptions {
  now: () => number;
  /** Asks for another look at the page after `ms` (for the fallback deadline). */
  recheckIn: (ms: number) => void;
  /** Persists the guide's state for this tab (undefined: no guide). */
  save: (state: GuideState) => void;
  /** The last page of a guide that leaves a reminder was shown. */
  onReminder: (guide: Guide) => void;
  /** The user pressed "Finish" on a guide's last page. */
  onFinished?: (guide: Guide) => void;
}

export class GuideRunner {
  private state: GuideState | undefined;
  private missingSince = new Map<string, number>();
  private acknowledged = new Set<string>();
  private reminded = false;

  constructor(private readonly options: GuideRunnerOptions) {}

  get running(): boolean {
    return this.state?.status === 'running';
  }

  /** A new state from storage (start, resume, another frame of the same tab). */
  load(state: GuideState | undefined): void {
    const sameGuide = state?.id === this.state?.id;
    this.state = state;
    if (!sameGuide) {
      this.missingSince.clear();
      this.acknowledged.clear();
      this.reminded = false;
    }
  }

  view(url: URL, doc: Document, lang: UiLanguage): GuideView | undefined {
    const state = this.state;
    if (!state || state.status !== 'running') return undefined;
    const guide = GUIDES[state.id];
    const position = resolvePosition(guide, url, doc, lang, state.skipped);
    let fallback = false;
    if (position.kind === 'step') {
      const id = position.step.id;
      if (position.target) this.missingSince.delete(id);
      else if (!this.acknowledged.has(id)) {
        const now = this.options.now();
        const since = this.missingSince.get(id);
        if (since === undefined) {
          // One look again at the deadline; checks in between need no timer of their own.
          this.missingSince.set(id, now);
          this.options.recheckIn(FALLBACK_AFTER_MS);
        } else if (now - since >= FALLBACK_AFTER_MS) fallback = true;
      }
    }
    if (position.kind === 'finish' && !position.waitingForPassword && guide.finish.reminder && !this.reminded) {
      this.reminded = true;
      this.options.onReminder(guide);
    }
    return { guide, position, fallback, returnTo: state.returnTo };
  }

  /** "I found it": stop offering help for this step; the user clicks X's item. */
  acknowledge(stepId: string): void {
    this.acknowledged.add(stepId);
  }

  skip(stepId: string): void {
    if (!this.state || this.state.skipped.includes(stepId)) return;
    this.update({ ...this.state, skipped: [...this.state.skipped, stepId] });
  }

  /** Esc or the close button: the popup can resume it. */
  pause(): void {
    if (this.state) this.update({ ...this.state, status: 'paused' });
  }

  finish(): void {
    if (!this.state) return;
    this.update({ ...this.state, status: 'done' });
    this.options.onFinished?.(GUIDES[this.state.id]);
  }

  private update(state: GuideState): void {
    this.state = state;
    this.options.save(state);
  }
}
