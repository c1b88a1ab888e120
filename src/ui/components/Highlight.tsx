import type { Box, Viewport } from '../placement';

const PADDING = 4;

/**
 * The ring's box: the target's grown by PADDING on each side, less where that would leave the
 * screen (a settings row as wide as a phone's screen), so the ring's stroke stays in view. It
 * still contains the target's box.
 */
export function ringBox(target: Box, viewport: Viewport): Box {
  const room = (distance: number) => Math.max(0, Math.min(PADDING, distance));
  return {
    left: target.left - room(target.left),
    top: target.top - room(target.top),
    right: target.right + room(viewport.width - target.right),
    bottom: target.bottom + room(viewport.height - target.bottom),
  };
}

/**
 * A ring around an element of X's page. It lives in our shadow root and lets
 * every click through (pointer-events: none); its box contains the target's.
 */
export function Highlight({ box }: { box: Box }) {
  const ring = ringBox(box, { width: document.documentElement.clientWidth || innerWidth, height: innerHeight });
  return (
    <div
      data-rescue="highlight"
      class="highlight"
      aria-hidden="true"
      style={{
        left: `${ring.left}px`,
        top: `${ring.top}px`,
        width: `${ring.right - ring.left}px`,
        height: `${ring.bottom - ring.top}px`,
      }}
    />
  );
}
