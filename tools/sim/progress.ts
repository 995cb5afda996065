/** A one-line progress bar on stderr (never stdout: the JSON and text summaries go there). */

export interface ProgressBar {
  update(gamesDone: number, gamesTotal: number): void;
  finish(): void;
}

const barWidthChars = 30;
const redrawEveryMs = 100;

export function createProgressBar(stream: NodeJS.WriteStream, startMs: number): ProgressBar {
  let lastDrawMs = 0;
  let drawn = false;
  const draw = (done: number, total: number): void => {
    const seconds = (performance.now() - startMs) / 1000;
    const fraction = total === 0 ? 1 : done / total;
    const filled = Math.round(fraction * barWidthChars);
    const rate = seconds > 0 ? done / seconds : 0;
    const etaSeconds = rate > 0 ? Math.ceil((total - done) / rate) : 0;
    stream.write(
      `\r[${'#'.repeat(filled)}${'-'.repeat(barWidthChars - filled)}] ${done}/${total} games, ` +
        `${rate.toFixed(1)} games/s, ETA ${etaSeconds}s `,
    );
    drawn = true;
  };
  return {
    update(done, total) {
      const now = performance.now();
      if (done < total && now - lastDrawMs < redrawEveryMs) return;
      lastDrawMs = now;
      draw(done, total);
    },
    finish() {
      if (drawn) stream.write('\n');
    },
  };
}
