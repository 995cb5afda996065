import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLoadArgs } from '../../../tools/load/args.ts';
import { runLoad } from '../../../tools/load/run.ts';
import { percentileBySlice } from '../../../tools/load/stats.ts';

describe('load test CLI', () => {
  it('parses its flags and refuses unknown ones', () => {
    expect(parseLoadArgs(['--matches', '4', '--think-ms', '0', '--seconds', '3', '--json'])).toEqual({
      kind: 'run',
      options: {
        matches: 4,
        thinkMs: 0,
        seconds: 3,
        stock: false,
        json: true,
        seed: 'load',
        clientProcesses: 1,
        warmupSeconds: 0,
      },
    });
    const warm = parseLoadArgs(['--warmup', '2.5']);
    expect(warm.kind === 'run' && warm.options.warmupSeconds).toBe(2.5);
    expect(() => parseLoadArgs(['--warmup', '-1'])).toThrow(/--warmup/);
    expect(() => parseLoadArgs(['--matches', '0'])).toThrow(/--matches/);
    expect(() => parseLoadArgs(['--bogus'])).toThrow(/unknown/);
  });

  it('a tiny run against our server: moves flow, the report has its shape, no acknowledged move is lost', async () => {
    const report = await runLoad({
      matches: 4,
      thinkMs: 20,
      seconds: 3,
      warmupSeconds: 1,
      stock: false,
      json: true,
      seed: 't',
      clientProcesses: 1,
    });
    expect(report).toMatchObject({ server: 'ours', store: 'sqlite', matches: 4, lostMoves: 0, errors: 0 });
    expect(report.warmupSeconds).toBe(1);
    expect(report.movesAcknowledged).toBeGreaterThan(20);
    expect(report.movesPerSecond).toBeGreaterThan(0);
    for (const key of ['p50', 'p95', 'p99', 'max'] as const)
      expect(report.roundTripMs[key]).toBeGreaterThan(0);
    expect(report.roundTripMs.p50).toBeLessThanOrEqual(report.roundTripMs.p99);
    expect(report.serverRssMB).toBeGreaterThan(10);
    // The server answered SIGUSR2 with its event-loop delay over the window (monitorEventLoopDelay's
    // resolution is 10 ms, so even an idle loop reports a delay of about that)...
    const delay = report.serverLoopDelayMs;
    expect(delay?.p50).toBeGreaterThan(0);
    expect(delay?.p50).toBeLessThanOrEqual(delay?.max ?? 0);
    // ...and the time its accepted moves spent inside it, a part of every round trip.
    const inServer = report.serverMoveMs;
    expect(inServer?.p50).toBeGreaterThan(0);
    expect(inServer?.p50).toBeLessThanOrEqual(inServer?.max ?? 0);
    expect(inServer?.p50).toBeLessThanOrEqual(report.roundTripMs.max);
    // The tail by tenth of the window: each tenth's p99 is one of the window's round trips.
    expect(report.roundTripP99MsByTenth).toHaveLength(10);
    for (const p99 of report.roundTripP99MsByTenth) {
      expect(p99).toBeGreaterThan(0);
      expect(p99).toBeLessThanOrEqual(report.roundTripMs.max);
    }
    expect(report.serverMajorGcs?.count).toBeGreaterThanOrEqual(0);
    // Every round trip over 50 ms is put down to one cause, and the slowest one is among them if over.
    const slow = report.slowRoundTrips;
    expect(slow.overMs).toBe(50);
    expect(slow.duringServerFullGc + slow.duringClientFullGc + slow.elsewhere).toBe(slow.count);
    expect(slow.count > 0).toBe(report.roundTripMs.max > 50);
    // The machine's I/O waits over the window, where Linux tells them (PSI).
    if (fs.existsSync('/proc/pressure/io')) expect(report.machineIoStallMs).toBeGreaterThanOrEqual(0);
    else expect(report.machineIoStallMs).toBeNull();
  });
});

describe('percentileBySlice', () => {
  it('takes the percentile of the values taken in each part of the window', () => {
    const atMs = [100, 200, 300, 1100, 1900, 2500];
    const values = [5, 1, 3, 40, 20, 7];
    expect(percentileBySlice(atMs, values, 3, 3, 50)).toEqual([3, 20, 7]);
    expect(percentileBySlice(atMs, values, 3, 3, 99)).toEqual([5, 40, 7]);
    expect(percentileBySlice([], [], 2, 2, 99)).toEqual([0, 0]);
  });
});
