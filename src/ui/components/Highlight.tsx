import type { Box } from '../placement';

const PADDING = 4;

/**
 * A ring around an element of X's page. It lives in our shadow root and lets
 * every click through (pointer-events: none); its box contains the target's.
 */
export function Highlight({ box }: { box: Box }) {
  return (
    <div
      data-rescue="highlight"
      class="highlight"
      aria-hidden="true"
      style={{
        left: `${box.left - PADDING}px`,
        top: `${box.top - PADDING}px`,
        width: `${box.right - box.left + 2 * PADDING}px`,
        height: `${box.bottom - box.top + 2 * PADDING}px`,
      }}
    />
  );
}
