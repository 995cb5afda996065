import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadClientNodeFlags } from '../../tools/load/clients.ts';
import { serverNodeFlags } from '../../server/node-flags.ts';

/** `--name` of a flag: `--no-x` is `--x` negated, and `--x=1` sets `--x`. */
const flagName = (flag: string): string => (flag.split('=')[0] ?? flag).replace(/^--no-/, '--');

describe('the server process flags', () => {
  it.each(['start', 'serve'])(
    'npm %s runs the compiled server under node with every one of them',
    (script) => {
      const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
      const command = pkg.scripts[script] ?? '';
      const words = command.slice(command.indexOf(' node ')).split(' ');
      expect(words).toContain('dist/server/main.js');
      expect(words).not.toContain('tsx');
      for (const flag of serverNodeFlags) expect(words).toContain(flag);
    },
  );

  it('the systemd unit runs the compiled server under node itself (npm would not pass SIGTERM on) with every one', () => {
    const unit = fs.readFileSync('deploy/systemd/silicon-curtain@.service', 'utf8');
    const words = (/^ExecStart=(.*)$/m.exec(unit)?.[1] ?? '').split(' ');
    expect(words[0]).toBe('/usr/bin/node');
    expect(words.at(-1)).toBe('dist/server/main.js');
    for (const flag of serverNodeFlags) expect(words).toContain(flag);
    expect(unit).toMatch(/^Environment=.*\bNODE_ENV=production\b.*\bPORT=%i\b/m);
  });

  it("and the load clients' are V8 flags this node knows (an unknown one would only print a warning)", () => {
    const v8Options = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8' });
    for (const flag of [...serverNodeFlags, ...loadClientNodeFlags])
      expect(v8Options).toContain(`  ${flagName(flag)} (`);
    expect(v8Options).not.toContain(`  ${flagName('--no-such-flag')} (`);
  });
});
