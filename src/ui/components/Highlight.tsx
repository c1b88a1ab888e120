import { useEffect, useState } from 'preact/hooks';
import { boxOf } from '../page-geometry';
import type { Box } from '../placement';

const PADDING = 4;

/**
 * A ring around an element of X's page. It lives in our shadow root, lets every
 * click through (pointer-events: none) and follows scroll, resize and re-layout.
 */
export function Highlight({ target }: { target: Element }) {
  const [box, setBox] = useState<Box>(() => boxOf(target));
  useEffect(() => {
    let frame = 0;
    const update = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setBox(boxOf(target));
      });
    };
    update();
    window.addEventListener('scroll', update, { passive: true, capture: true });
    window.addEventListener('resize', update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(target);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', update, { capture: true });
      window.removeEventListener('resize', update);
      observer.disconnect();
    };
  }, [target]);
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
