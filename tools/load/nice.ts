import fs from 'node:fs';
import os from 'node:os';

/**
 * Lowers the priority of every thread of this process. On Linux the nice value belongs to a thread, and
 * `os.setPriority(n)` sets only the calling one: V8's GC threads, started with the process, would keep
 * competing with the server at full priority. Threads started later inherit the main thread's.
 */
export function niceEveryThread(nice: number): void {
  let threads: string[];
  try {
    threads = fs.readdirSync('/proc/self/task');
  } catch {
    os.setPriority(nice);
    return;
  }
  for (const thread of threads) {
    try {
      os.setPriority(Number(thread), nice);
    } catch {
      // The thread ended between the listing and here.
    }
  }
}
