import type { Game, LogEntry, State } from 'boardgame.io';
import { describe, expect, it } from 'vitest';
import { SiliconCurtain } from '../../rules/index.ts';
import { newMatch } from '../../server/authority/match-factory.ts';
import type { Announcer } from '../../server/bus/commit-relay.ts';
import { CommitRelay } from '../../server/bus/commit-relay.ts';
import { HighWater } from '../../server/bus/high-water.ts';
import type { CommitNotice, MatchBus } from '../../server/bus/match-bus.ts';
import { SqliteStore } from '../../server/storage/sqlite-store.ts';

/** An in-memory bus (no Redis): the relay's ordering logic, tested everywhere. */
class FakeBus implements MatchBus {
  readonly kind = 'fake';
  readonly origin = 'here';
  readonly subscribed = new Set<string>();
  readonly published: [string, number][] = [];
  private readonly handlers: ((notice: CommitNotice) => void)[] = [];
  private readonly reconnects: (() => void)[] = [];

  publish(matchID: string, stateID: number): Promise<void> {
    this.published.push([matchID, stateID]);
    return Promise.resolve();
  }
  subscribe(matchID: string): Promise<void> {
    this.subscribed.add(matchID);
    return Promise.resolve();
  }
  unsubscribe(matchID: string): Promise<void> {
    this.subscribed.delete(matchID);
    return Promise.resolve();
  }
  onNotice(handler: (notice: CommitNotice) => void): void {
    this.handlers.push(handler);
  }
  onReconnect(handler: () => void): void {
    this.reconnects.push(handler);
  }
  // The relay carries commits only; chat, presence and settings go elsewhere (multiprocess tests).
  publishChat(): Promise<void> {
    return Promise.resolve();
  }
  onChat(): void {
    return;
  }
  setPresence(): Promise<void> {
    return Promise.resolve();
  }
  readPresence(): Promise<Set<string>> {
    return Promise.resolve(new Set());
  }
  onPresence(): void {
    return;
  }
  publishSettings(): Promise<void> {
    return Promise.resolve();
  }
  onSettings(): void {
    return;
  }
  reconnect(): void {
    for (const handler of this.reconnects) handler();
  }
  deliver(matchID: string, stateID: number, origin = 'there'): void {
    for (const handler of this.handlers) handler({ matchID, stateID, origin });
  }
  ping(): Promise<boolean> {
    return Promise.resolve(true);
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
}

/** Records what local sockets would be sent, with the authority's never-older rule. */
class Recorder implements Announcer {
  readonly sent: { stateID: number; log: number[] }[] = [];
  private readonly told = new HighWater();
  announce(matchID: string, state: State, deltalog: LogEntry[]): void {
    if (!this.told.advance(matchID, state._stateID)) return;
    this.sent.push({ stateID: state._stateID, log: deltalog.map((entry) => entry._stateID) });
  }
  lastAnnounced(matchID: string): number | undefined {
    return this.told.get(matchID);
  }
}

const entry = (stateID: number): LogEntry => ({
  action: { type: 'MAKE_MOVE', payload: { type: 'endTurn', args: [], playerID: '0' } },
  _stateID: stateID,
  turn: 1,
  phase: 'action',
});

async function setup() {
  const store = new SqliteStore(':memory:');
  const createdMade = newMatch(SiliconCurtain as Game, {});
  if (!createdMade.ok) throw new Error(createdMade.rejection.message);
  const created = createdMade.value;
  await store.createMatch('m', created);
  let state = created.initialState;
  /** Another process commits the next state (one log entry per commit). */
  const commitElsewhere = async (): Promise<number> => {
    state = { ...state, _stateID: state._stateID + 1 };
    await store.commitState('m', { state, deltalog: [entry(state._stateID - 1)] });
    return state._stateID;
  };
  const bus = new FakeBus();
  const recorder = new Recorder();
  const relay = new CommitRelay(bus, store, recorder);
  return { store, bus, recorder, relay, commitElsewhere };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('CommitRelay (other processes’ commits to local sockets)', () => {
  it('never announces an older state after a newer one, and the log covers every skipped commit once', async () => {
    const { bus, recorder, relay, commitElsewhere } = await setup();
    relay.watch('m', 0);
    await settle();
    const one = await commitElsewhere();
    const two = await commitElsewhere();
    bus.deliver('m', two);
    bus.deliver('m', one);
    await settle();
    const three = await commitElsewhere();
    bus.deliver('m', three);
    bus.deliver('m', three);
    await settle();
    expect(recorder.sent).toEqual([
      { stateID: 2, log: [0, 1] },
      { stateID: 3, log: [2] },
    ]);
  });

  it('catches up, right after subscribing, on commits made while the subscription was not live', async () => {
    const { bus, recorder, relay, commitElsewhere } = await setup();
    await commitElsewhere();
    relay.watch('m', 0);
    await settle();
    expect(bus.subscribed.has('m')).toBe(true);
    expect(recorder.sent).toEqual([{ stateID: 1, log: [0] }]);
  });

  it('sends nothing on subscribing when the socket was synced at the stored state', async () => {
    const { recorder, relay, commitElsewhere } = await setup();
    await commitElsewhere();
    relay.watch('m', 1);
    await settle();
    expect(recorder.sent).toEqual([]);
  });

  it('ignores its own notices and matches without local sockets; unsubscribes with the last socket', async () => {
    const { bus, recorder, relay, commitElsewhere } = await setup();
    const one = await commitElsewhere();
    bus.deliver('m', one);
    await settle();
    expect(recorder.sent).toEqual([]);
    relay.watch('m', 1);
    relay.watch('m', 1);
    await settle();
    const two = await commitElsewhere();
    bus.deliver('m', two, bus.origin);
    await settle();
    expect(recorder.sent).toEqual([]);
    relay.unwatch('m');
    expect(bus.subscribed.has('m')).toBe(true);
    relay.unwatch('m');
    await settle();
    expect(bus.subscribed.has('m')).toBe(false);
    expect(relay.watched).toBe(0);
  });

  it('catches every watched match up after the bus reconnects (notices sent meanwhile are lost)', async () => {
    const { bus, recorder, relay, commitElsewhere } = await setup();
    relay.watch('m', 0);
    await settle();
    await commitElsewhere();
    await commitElsewhere();
    bus.reconnect();
    await settle();
    expect(recorder.sent).toEqual([{ stateID: 2, log: [0, 1] }]);
  });

  it('publishes local commits on the bus', async () => {
    const { bus, relay } = await setup();
    relay.published('m', 7);
    await settle();
    expect(bus.published).toEqual([['m', 7]]);
  });
});

describe('HighWater', () => {
  it('only advances, and forgets the least recently advanced match beyond its capacity', () => {
    const marks = new HighWater(2);
    expect(marks.advance('a', 1)).toBe(true);
    expect(marks.advance('a', 1)).toBe(false);
    expect(marks.advance('a', 0)).toBe(false);
    expect(marks.advance('b', 5)).toBe(true);
    expect(marks.advance('a', 2)).toBe(true);
    expect(marks.advance('c', 1)).toBe(true);
    expect(marks.get('b')).toBeUndefined();
    expect(marks.get('a')).toBe(2);
  });
});
