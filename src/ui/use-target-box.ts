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
  const measure = () => {
    const next = target?.isConnected ? boxOf(target) : undefined;
    setBox((current) => (sameBox(current, next) ? current : next));
  };
  // Watched for as long as it is the target: a page check measures it again below, without
  // closing and reopening the shared watch (a running guide's only one) each time.
  useLayoutEffect(() => {
    if (!target) return;
    const watch = watchLayout(measure);
    watch.observe([target]);
    return () => watch.close();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `measure` reads only `target`
  }, [target]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `measure` reads only `target`; each page check measures again
  useLayoutEffect(() => measure(), [target, layoutTick]);
  return box;
}
