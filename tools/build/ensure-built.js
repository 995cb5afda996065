/**
 * `npm start`'s first step: runs `npm run build` when dist/ is not the build of these sources
 * (build-stamp.js says why), else nothing. In a production install, where the dev dependencies that
 * build are gone, a stale build is refused with a note instead.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { staleReason } from './build-stamp.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const reason = staleReason();
if (reason !== undefined) {
  if (!existsSync(new URL('../../node_modules/vite/', import.meta.url))) {
    process.stderr.write(
      `start: ${reason}; building needs the dev dependencies (npm ci), and npm run serve runs dist/ as it is\n`,
    );
    process.exit(1);
  }
  process.stderr.write(`start: ${reason}: building\n`);
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  process.exit(build.status ?? 1);
}
