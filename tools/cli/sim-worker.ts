import { cliMain } from '../bot-client/cli-main.ts';
import { checkRedis, parseWorkerArgs, QueueError, workerUsage } from '../sim/queue-args.ts';
import { describeRulesKey, redactedUrl } from '../sim/queue-keys.ts';
import { startQueueWorker } from '../sim/queue-worker.ts';

/**
 * `npm run -s sim:worker`: plays the chunks of queued balance runs (`sim --queue`) on this machine until
 * stopped (flags: tools/sim/queue-args.ts). Everything it says goes to stderr.
 */
process.exitCode = await cliMain('sim:worker', workerUsage, process.argv.slice(2), async (argv, say) => {
  const command = parseWorkerArgs(argv);
  try {
    await checkRedis(command.url);
  } catch (error) {
    if (!(error instanceof QueueError)) throw error;
    say(error.message);
    return 1;
  }
  const worker = await startQueueWorker({
    ...command,
    onChunk: (event) => {
      if (event.kind === 'refused') say(`refused a chunk: ${event.reason}`);
      else
        say(
          `run ${event.runKey} chunk ${event.chunk}: ${event.games} game${event.games === 1 ? '' : 's'} ` +
            `in ${event.seconds.toFixed(1)} s`,
        );
    },
    onError: (error) => {
      say(`Redis: ${error.message} (retrying)`);
    },
  });
  say(
    `${worker.name} plays chunks of queue ${command.namespace}:${worker.queueName} on ` +
      `${redactedUrl(command.url)}, ${command.concurrency} at a time (rules key ${worker.rulesKey.key}: ` +
      `${describeRulesKey(worker.rulesKey)})`,
  );
  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: string): void => {
      if (stopping) {
        // Their locks lapse after --stall-seconds and another worker plays them from the start.
        say(`${signal} again: dropping the chunks in hand`);
        process.exit(130);
      }
      stopping = true;
      say(`${signal}: finishing the chunks in hand (${signal} again drops them)`);
      void worker.close().then(() => {
        resolve(0);
      });
    };
    process.on('SIGINT', () => {
      stop('SIGINT');
    });
    process.on('SIGTERM', () => {
      stop('SIGTERM');
    });
  });
});
