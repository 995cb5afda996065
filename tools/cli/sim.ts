import { parseSimArgs, simUsage, UsageError } from '../sim/args.ts';
import type { QueueTarget, SimCommand } from '../sim/args.ts';
import type { GamePlayer } from '../sim/pool.ts';
import { checkRedis, QueueError } from '../sim/queue-args.ts';
import type { QueueRunStats } from '../sim/queue-coordinator.ts';
import { queuePlayer } from '../sim/queue-coordinator.ts';
import type { LabRun } from '../sim/lab.ts';
import { labJson, runLab } from '../sim/lab.ts';
import { gitState } from '../sim/manifest.ts';
import { openOutputs } from '../sim/output.ts';
import { createProgressBar } from '../sim/progress.ts';
import { formatReplay, replayGame } from '../sim/replay.ts';
import { formatLab } from '../sim/text.ts';
import { replayRulesRefusal } from '../sim/replay-rules.ts';
import { runningRules } from '../../server/rules-version/bundle-hash.ts';
import { RULES_VERSION } from '../../rules/index.ts';

/** `npm run -s sim`: seeded bot-vs-bot runs, sweeps, matrices and exact replays (flags: tools/sim/args.ts). */

type RunCommand = Extract<SimCommand, { kind: 'run' }>;
type ReplayCommand = Extract<SimCommand, { kind: 'replay' }>;

/** The queue's stand-in for the local pool, and what it tells of the run once played. */
function queueRun(target: QueueTarget): { play: GamePlayer; finished: () => QueueRunStats | undefined } {
  let stats: QueueRunStats | undefined;
  const say = (line: string): void => {
    process.stderr.write(`sim: ${line}\n`);
  };
  const play = queuePlayer({
    url: target.url,
    namespace: target.namespace,
    ...(target.chunkGames === null ? {} : { chunkGames: target.chunkGames }),
    say,
    onFinished: (finished) => {
      stats = finished;
      say(
        `${finished.chunks} chunks played by ${finished.workers.length} worker(s); ${finished.foundDone} ` +
          `were already played when this run started, ${finished.playedAgain} were played again`,
      );
    },
  });
  return { play, finished: () => stats };
}

async function executeRun(command: RunCommand, argv: readonly string[]): Promise<string> {
  const { scenarioId, us, china, overrides, games, seed } = command;
  if (command.queue) await checkRedis(command.queue.url);
  const queued = command.queue ? queueRun(command.queue) : null;
  const showProgress = command.progress || process.stderr.isTTY;
  const bar = showProgress ? createProgressBar(process.stderr, performance.now()) : null;
  const startedAt = command.out !== null ? gitState() : undefined;
  // The rules' files are hashed now, once: the manifest and summary name the rules the games start under.
  runningRules();
  const output = command.out !== null ? openOutputs(command.out, scenarioId) : null;
  let run: LabRun;
  try {
    run = await runLab(
      {
        options: { games, seed, scenarioId, us, china, overrides },
        sweep: command.sweep,
        matrix: command.matrix,
        ablations: command.ablations,
      },
      {
        workers: command.workers,
        ...(bar
          ? {
              onProgress: (done, total) => {
                bar.update(done, total);
              },
            }
          : {}),
      },
      output?.write,
      queued?.play,
    );
  } catch (error) {
    output?.abort();
    throw error;
  }
  bar?.finish();
  if (output) {
    const stats = queued?.finished();
    const paths = output.finish(run, stats ? stats.workers.length : command.workers, argv, startedAt, stats);
    process.stderr.write(`sim: wrote ${paths.join(', ')}\n`);
  }
  return command.json ? JSON.stringify(labJson(run)) : formatLab(run);
}

function executeReplay(command: ReplayCommand): string {
  const { scenarioId, us, china, overrides, json } = command;
  const replay = replayGame({ scenarioId, seed: command.seed, us, china, overrides });
  if (!json) return formatReplay(replay);
  return JSON.stringify({
    seed: command.seed,
    scenario: scenarioId,
    bots: { us, china },
    overrides,
    result: replay.state.result,
    moves: replay.moveCount,
    fingerprint: replay.fingerprint,
    // The rules it was just replayed under, as every games.jsonl row has them (the replay viewer checks).
    ...runningRules(),
    log: replay.state.log,
    history: replay.state.history,
  });
}

async function main(argv: readonly string[]): Promise<number> {
  let command: SimCommand;
  try {
    command = parseSimArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`sim: ${error.message}\n${simUsage}\n`);
    return 2;
  }
  if (command.kind === 'help') {
    process.stdout.write(`${simUsage}\n`);
    return 0;
  }
  if (command.kind === 'replay') {
    const refusal = replayRulesRefusal(command.seed, command.rulesVersion, RULES_VERSION);
    if (refusal !== undefined) {
      process.stderr.write(`sim: ${refusal}\n`);
      return 1;
    }
  }
  let output: string;
  try {
    output = command.kind === 'run' ? await executeRun(command, argv) : executeReplay(command);
  } catch (error) {
    if (!(error instanceof QueueError)) throw error;
    process.stderr.write(`sim: ${error.message}\n`);
    return 1;
  }
  process.stdout.write(`${output}\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
