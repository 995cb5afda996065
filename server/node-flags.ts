/**
 * Node flags of the server process: `npm start` (package.json, checked by test/server/node-flags.test.ts),
 * the load test's server child and the tests that start `server/main.ts`.
 *
 * One helper thread marks the heap for a full GC beside the main thread, instead of V8's default of up to
 * four (Node's worker pool). Players wait on the main thread alone; on the two-core load machine four
 * markers took its cores for the ~250 ms a full GC of 5,000 matches marks, and every round trip in that
 * time slowed (the 5,000-match p99 was those GCs). With one, the main thread keeps a core: the moves
 * slower than 50 ms around a full GC fell from ~140 to ~85 a GC (server/README.md, "p99 at 5,000
 * matches"). More helpers finish marking sooner; on a machine with cores to spare they would cost
 * nothing, but the server does not assume one.
 */
export const serverNodeFlags: readonly string[] = ['--concurrent-marking-max-worker-num=1'];
