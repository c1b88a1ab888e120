/**
 * An element's viewport box, kept current as the page scrolls, resizes or
 * re-lays out: the shared layout watch (one set of listeners and one
 * ResizeObserver for every component), no polling.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import { boxOf, watchLayout } from './page-geometry';
import type { Box } from './placement';

const sameBox = (a: Box | undefined, b: Box | undefined) =>
  a === b || (!!a && !!b && a.left === b.left && a.top === b.top && a.right === b.right && a.bottom === b.bottom);

/** `layoutTick` changes when the page was re-checked (X may have moved things). */
export function useTargetBox(target: Element | undefined, layoutTick: number): Box | undefined {
  const [box, setBox] = useState<Box | undefined>(() => (target ? boxOf(target) : undefined));
  useLayoutEffect(() => {
    if (!target) {
      setBox(undefined);
      return;
    }
    const measure = () => {
      const next = target.isConnected ? boxOf(target) : undefined;
      setBox((current) => (sameBox(current, next) ? current : next));
    };
    measure();
    const watch = watchLayout(measure);
    watch.observe([target]);
    return () => watch.close();
  }, [target, layoutTick]);
  return box;
}
