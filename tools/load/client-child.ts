/**
 * A child process of a load run holding a share of the load clients (`--client-processes N`): Socket.IO
 * clients and their bots in separate processes have their own event loops and smaller heaps (shorter GC
 * pauses), so one busy client process does not show up as server latency. Driven by run.ts over IPC.
 */
import { ClientGroup } from './client-group.ts';
import { profileIfAsked } from './cpu-profile.ts';
import type { FromClients, ToClients } from './client-messages.ts';
import { niceEveryThread } from './nice.ts';

// The clients stand in for players on other machines. On one shared machine they yield the CPU to the
// server they measure (nice 10): otherwise the scheduler preempts the server for them and their own
// CPU time shows up as server latency. All their threads: their GCs' helper threads too.
niceEveryThread(10);
await profileIfAsked(process.env, 'client');

let group: ClientGroup | undefined;

const send = (message: FromClients): void => {
  process.send?.(message);
};

async function handle(message: ToClients): Promise<void> {
  switch (message.kind) {
    case 'setup':
      group = new ClientGroup(message.url, message.options, message.indexes);
      await group.setup();
      send({ kind: 'ready' });
      return;
    case 'start':
      group?.start(message.seconds);
      return;
    case 'close':
      group?.close();
      send({ kind: 'closed' });
      return;
    case 'finish': {
      if (!group) throw new Error('finish before setup');
      const result: FromClients = { kind: 'result', result: await group.finish() };
      // Disconnect only once the (large) result has been handed to the channel.
      process.send?.(result, undefined, {}, () => {
        process.disconnect();
      });
      return;
    }
  }
}

process.on('message', (message: ToClients) => {
  handle(message).catch((error: unknown) => {
    console.error('load client process failed', error);
    process.exit(1);
  });
});
