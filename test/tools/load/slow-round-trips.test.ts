import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { FullGc } from '../../../tools/load/full-gcs.ts';
import { FullGcWatch } from '../../../tools/load/full-gcs.ts';
import { attributeSlowRoundTrips } from '../../../tools/load/slow-round-trips.ts';

const gcAt = (markingStartEpochMs: number, pauseStartEpochMs: number, pauseMs: number): FullGc => ({
  markingStartEpochMs,
  pauseStartEpochMs,
  pauseMs,
});

describe('attributeSlowRoundTrips', () => {
  it("counts each round trip over the target once: the server's full GC first, then its own client's", () => {
    const serverFullGcs = [gcAt(1_000, 1_200, 10)];
    const slow = attributeSlowRoundTrips(
      [
        {
          // 900–1000 touches the server's marking; 1190–1260 its pause; 1300–1400 neither, but this
          // process's own GC; 40 ms is under the target wherever it falls.
          endEpochMs: [1_000, 1_260, 1_400, 1_210],
          roundTripsMs: [100, 70, 100, 40],
          clientFullGcs: [gcAt(1_350, 1_380, 5)],
        },
        {
          // The other process's GC does not explain this process's 1300–1400.
          endEpochMs: [1_400, 5_000],
          roundTripsMs: [100, 51],
          clientFullGcs: [],
        },
      ],
      serverFullGcs,
      50,
    );
    expect(slow).toEqual({
      overMs: 50,
      count: 5,
      duringServerFullGc: 2,
      duringClientFullGc: 1,
      elsewhere: 2,
    });
  });

  it('a round trip ending just before the marking starts, or starting just after the pause, is not in it', () => {
    const slow = attributeSlowRoundTrips(
      [{ endEpochMs: [999, 1_311], roundTripsMs: [60, 60], clientFullGcs: [] }],
      [gcAt(1_000, 1_200, 50)],
      50,
    );
    expect(slow).toMatchObject({ count: 2, duringServerFullGc: 0, elsewhere: 2 });
  });
});

describe('FullGcWatch', () => {
  it('sees a full GC of this process, with its pause inside the time it was watched', () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const watch = new FullGcWatch();
    watch.start();
    const before = Date.now();
    gc();
    return new Promise<void>((resolve) => {
      // Performance entries are delivered after the GC, on a later turn of the event loop.
      setTimeout(() => {
        const [full, ...more] = watch.take();
        watch.stop();
        expect(more).toEqual([]);
        expect(full?.pauseStartEpochMs).toBeGreaterThanOrEqual(before - 1);
        expect(full?.pauseStartEpochMs).toBeLessThanOrEqual(Date.now());
        expect(full?.markingStartEpochMs).toBeLessThanOrEqual(full?.pauseStartEpochMs ?? 0);
        expect(full?.pauseMs).toBeGreaterThan(0);
        expect(watch.take()).toEqual([]);
        resolve();
      }, 50);
    });
  });
});
