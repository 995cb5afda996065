import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const nicePath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../tools/load/nice.ts');

interface Nices {
  before: number[];
  after: number[];
  target: number;
}

/** The nice value of each thread of a fresh Node process, before and after the call (of `target`). */
function threadNices(call: string): Nices {
  const script = `
    import fs from 'node:fs';
    import os from 'node:os';
    import { niceEveryThread } from ${JSON.stringify(nicePath)};
    const nices = () => fs.readdirSync('/proc/self/task').map((thread) =>
      Number(fs.readFileSync('/proc/self/task/' + thread + '/stat', 'utf8').split(') ')[1].split(' ')[16]));
    const before = nices();
    // Three steps below what it runs at (raising priority back would need privileges).
    const target = Math.min(19, os.getPriority() + 3);
    ${call};
    console.log(JSON.stringify({ before, after: nices(), target }));`;
  const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  return JSON.parse(output) as Nices;
}

describe('niceEveryThread (load client processes yield to the server)', () => {
  it("lowers every thread's priority, V8's GC threads included; os.setPriority alone lowers one", () => {
    const nicedAll = threadNices('niceEveryThread(target)');
    // Node starts V8's platform threads (GC helpers among them) and libuv's before any user code.
    expect(nicedAll.before.length).toBeGreaterThan(2);
    expect(nicedAll.before.every((nice) => nice < nicedAll.target)).toBe(true);
    expect(nicedAll.after).toEqual(nicedAll.before.map(() => nicedAll.target));
    const nicedOne = threadNices('os.setPriority(target)');
    expect(nicedOne.after.filter((nice) => nice === nicedOne.target)).toHaveLength(1);
  });
});
