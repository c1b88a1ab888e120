/**
 * An element's viewport box, kept current as the page scrolls, resizes or
 * re-lays out: rAF-throttled listeners and a ResizeObserver, no polling.
 */
import { useEffect, useState } from 'preact/hooks';
import { boxOf } from './page-geometry';
import type { Box } from './placement';

const sameBox = (a: Box | undefined, b: Box | undefined) =>
  a === b || (!!a && !!b && a.left === b.left && a.top === b.top && a.right === b.right && a.bottom === b.bottom);

/** `layoutTick` changes when the page was re-checked (X may have moved things). */
export function useTargetBox(target: Element | undefined, layoutTick: number): Box | undefined {
  const [box, setBox] = useState<Box | undefined>(() => (target ? boxOf(target) : undefined));
  useEffect(() => {
    if (!target) {
      setBox(undefined);
      return;
    }
    let frame = 0;
    const measure = () => {
      frame = 0;
      const next = target.isConnected ? boxOf(target) : undefined;
      setBox((current) => (sameBox(current, next) ? current : next));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('scroll', schedule, { passive: true, capture: true });
    window.addEventListener('resize', schedule, { passive: true });
    const observer = new ResizeObserver(schedule);
    observer.observe(target);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
      observer.disconnect();
    };
  }, [target, layoutTick]);
  return box;
}
