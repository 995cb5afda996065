/**
 * Node flags of the server process: `npm start` (package.json, checked by test/server/node-flags.test.ts),
 * the load test's server child and the tests that start `server/main.ts`. Both are about V8's full
 * (mark-compact) GC, which was the whole of the 5,000-match p99 (docs/PERF.md, "The tail at 5,000
 * matches"): marking the live heap (~150 MB, nearly all of it the 10,000 connections' socket.io, engine.io
 * and ws objects) costs ~350 ms of CPU, and the round trips in its shadow slow down.
 *
 * - One helper thread marks beside the main thread instead of V8's default of up to four (Node's worker
 *   pool). Players wait on the main thread alone; on the two-core load machine four markers took its
 *   cores, and the moves slower than 50 ms around a full GC fell from ~140 to ~85 a GC with one.
 * - The heap may grow to 4× its live size before the next full GC (Go's GOGC=300), instead of the ~1.6×
 *   V8 chose here: a full GC every ~2 minutes at 500 moves/s instead of every ~20 s, so one move in
 *   thousands, not one in a hundred, meets one. The price is memory: the heap peaks at ~4× live
 *   (~600 MB at 5,000 matches, within the 1 GB budget).
 * - No memory reducer. When V8 judges a process idle it runs an extra full GC that compacts and sweeps
 *   every ArrayBuffer (each socket read makes one) inside its final pause: 52 ms here, against ~10 ms for
 *   an ordinary one, and ~150 ms twice (docs/PERF.md, "The tail at 5,000 matches"). A server answering
 *   500 moves/s is not idle, and its heap stays bounded by the growth limit above without it; an idle
 *   one keeps the heap it had until its next full GC.
 */
export const serverNodeFlags: readonly string[] = [
  '--concurrent-marking-max-worker-num=1',
  '--heap-growing-percent=300',
  '--no-memory-reducer',
];
