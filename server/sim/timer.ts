/** Wall-clock seconds for the simulator's measurements (server side only). */
export function elapsedSeconds(startMs: number): number {
  return (performance.now() - startMs) / 1000;
}

export const nowMs = (): number => performance.now();
