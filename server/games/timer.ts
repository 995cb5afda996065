/** Wall-clock seconds for the measurements of game runs (the lab and the what-if preview). */
export function elapsedSeconds(startMs: number): number {
  return (performance.now() - startMs) / 1000;
}

export const nowMs = (): number => performance.now();
