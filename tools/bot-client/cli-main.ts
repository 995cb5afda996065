import { BotClientError } from './errors.ts';
import { UsageError } from './options.ts';

/**
 * The bot CLIs' frame: `--help` prints the usage; a usage error exits 2 with the usage, a
 * BotClientError (refused credential, unknown match, no server) exits 1 with its message alone.
 */
export async function cliMain(
  name: string,
  usage: string,
  argv: readonly string[],
  run: (argv: readonly string[], say: (line: string) => void) => Promise<number>,
): Promise<number> {
  if (argv.includes('--help')) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const say = (line: string): void => {
    process.stderr.write(`${name}: ${line}\n`);
  };
  try {
    return await run(argv, say);
  } catch (error) {
    if (error instanceof UsageError) {
      say(`${error.message}\n\n${usage}`);
      return 2;
    }
    if (error instanceof BotClientError) {
      say(error.message);
      return 1;
    }
    throw error;
  }
}
