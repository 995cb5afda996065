import { BotClientError } from '../bot-client/errors.ts';
import { botUsage, parseBotArgs, UsageError } from '../bot-client/options.ts';
import { runBotClient } from '../bot-client/run.ts';

/**
 * `npm run -s bot`: one seat of a match played by a bot through the Lobby API and Socket.IO
 * (flags: server/bot-client/options.ts; protocol: docs/BOTS.md). stdout holds only the result line.
 */
async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help')) {
    process.stdout.write(`${botUsage}\n`);
    return 0;
  }
  const say = (line: string): void => {
    process.stderr.write(`bot: ${line}\n`);
  };
  try {
    const result = await runBotClient(parseBotArgs(argv), { say });
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`bot: ${error.message}\n\n${botUsage}\n`);
      return 2;
    }
    if (error instanceof BotClientError) {
      process.stderr.write(`bot: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
