import { cliMain } from '../bot-client/cli-main.ts';
import { botUsage, parseBotArgs } from '../bot-client/options.ts';
import { runBotClient } from '../bot-client/run.ts';

/**
 * `npm run -s bot`: one seat of a match played by a bot through the Lobby API and Socket.IO
 * (flags: tools/bot-client/options.ts; protocol: docs/BOTS.md). stdout holds only the result line.
 */
process.exitCode = await cliMain('bot', botUsage, process.argv.slice(2), async (argv, say) => {
  const result = await runBotClient(parseBotArgs(argv), { say });
  process.stdout.write(`${JSON.stringify(result)}\n`);
  return 0;
});
