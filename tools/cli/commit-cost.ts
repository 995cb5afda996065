/**
 * `npm run -s bench:commit-cost [-- --games N]`: what committing a move costs the SQLite store
 * (tools/storage/commit-bench.ts). boardgame.io reads NODE_ENV when it loads: production is set first.
 */
export {};

process.env.NODE_ENV = 'production';

const { benchCommits } = await import('../storage/commit-bench.ts');

const usage = 'usage: npm run -s bench:commit-cost [-- --games N]   (N whole random games, default 200)';
const argv = process.argv.slice(2);
let games = 200;
for (let index = 0; index < argv.length; index++) {
  const flag = argv[index];
  const value = argv[index + 1];
  if (flag === '--games' && value !== undefined && /^[1-9][0-9]*$/.test(value)) {
    games = Number(value);
    index++;
  } else if (flag === '--help') {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  } else {
    process.stderr.write(`bench:commit-cost: unexpected ${String(flag)}\n${usage}\n`);
    process.exit(2);
  }
}
process.stdout.write(`${JSON.stringify(await benchCommits({ games, seed: 'store-bench' }), null, 2)}\n`);
