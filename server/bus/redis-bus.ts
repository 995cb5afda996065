import { randomBytes } from 'node:crypto';
import type { ChainableCommander } from 'ioredis';
import { Redis } from 'ioredis';
import type { ChatNotice, CommitNotice, MatchBus } from './match-bus.ts';
import { log } from '../log.ts';

export interface RedisBusOptions {
  url: string;
  /** Prefix of every channel, so several deployments (or tests) share one Redis: `<ns>:match:<id>`. */
  namespace?: string;
  /**
   * How long another process counts this one's seats as connected without hearing from it again: a
   * killed process's seats show as disconnected after this (renewed every third of it while alive).
   */
  presenceLeaseMs?: number;
}

const defaultPresenceLeaseMs = 60_000;

type Message =
  | { kind: 'commit'; notice: CommitNotice }
  | { kind: 'chat'; notice: ChatNotice; origin: string }
  | { kind: 'presence'; origin: string };

/** A channel message: a commit `{stateID, origin}`, a chat `{chat, origin}` or a presence change. */
function parseMessage(matchID: string, message: string): Message | undefined {
  try {
    const value = JSON.parse(message) as unknown;
    if (typeof value !== 'object' || value === null) return undefined;
    const { stateID, origin, chat, presence } = value as Record<string, unknown>;
    if (typeof origin !== 'string') return undefined;
    if (chat !== undefined) return { kind: 'chat', notice: { matchID, chat }, origin };
    if (presence === true) return { kind: 'presence', origin };
    if (typeof stateID !== 'number' || !Number.isInteger(stateID)) return undefined;
    return { kind: 'commit', notice: { matchID, stateID, origin } };
  } catch {
    return undefined;
  }
}

/** The one channel of settings notices, which every process subscribes to. */
const settingsChannel = (namespace: string): string => `${namespace}:settings`;

/** A settings notice's match id `{matchID, origin}`; undefined when malformed or this process's own. */
function parseSettings(message: string, ownOrigin: string): string | undefined {
  try {
    const { matchID, origin } = JSON.parse(message) as Record<string, unknown>;
    return typeof matchID === 'string' && typeof origin === 'string' && origin !== ownOrigin
      ? matchID
      : undefined;
  } catch {
    return undefined;
  }
}

/** A process's field of a presence hash: its seats and when its lease ends; undefined when malformed. */
function parseLease(value: string): { seats: string[]; untilMs: number } | undefined {
  try {
    const lease = JSON.parse(value) as { seats?: unknown; untilMs?: unknown };
    if (!Array.isArray(lease.seats) || typeof lease.untilMs !== 'number') return undefined;
    return {
      seats: lease.seats.filter((seat): seat is string => typeof seat === 'string'),
      untilMs: lease.untilMs,
    };
  } catch {
    return undefined;
  }
}

/** Redis pub/sub, one channel per match; one connection publishes, one subscribes. */
export class RedisBus implements MatchBus {
  readonly kind = 'redis';
  readonly origin = randomBytes(8).toString('hex');
  private readonly prefix: string;
  private readonly handlers: ((notice: CommitNotice) => void)[] = [];
  private readonly chatHandlers: ((notice: ChatNotice) => void)[] = [];
  private readonly presenceHandlers: ((matchID: string) => void)[] = [];
  private readonly settingsHandlers: ((matchID: string) => void)[] = [];
  /** This process's seats per match, renewed in Redis every third of the lease. */
  private readonly presence = new Map<string, readonly string[]>();
  private readonly presenceRenewal: ReturnType<typeof setInterval>;
  private readonly reconnectHandlers: (() => void)[] = [];
  private closed = false;

  private constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    private readonly namespace: string,
    private readonly presenceLeaseMs: number,
  ) {
    this.prefix = `${namespace}:match:`;
    this.presenceRenewal = setInterval(() => {
      this.renewPresence().catch((error: unknown) => {
        log.error({ err: error }, 'renewing presence failed');
      });
    }, presenceLeaseMs / 3);
    this.presenceRenewal.unref();
    subscriber.on('message', (channel: string, message: string) => {
      if (channel === settingsChannel(namespace)) {
        const matchID = parseSettings(message, this.origin);
        if (matchID !== undefined) for (const handler of this.settingsHandlers) handler(matchID);
        return;
      }
      if (!channel.startsWith(this.prefix)) return;
      const parsed = parseMessage(channel.slice(this.prefix.length), message);
      if (parsed?.kind === 'commit') for (const handler of this.handlers) handler(parsed.notice);
      if (parsed?.kind === 'chat' && parsed.origin !== this.origin)
        for (const handler of this.chatHandlers) handler(parsed.notice);
      if (parsed?.kind === 'presence' && parsed.origin !== this.origin) {
        const matchID = channel.slice(this.prefix.length);
        for (const handler of this.presenceHandlers) handler(matchID);
      }
    });
    // ioredis resubscribes by itself on reconnect; `ready` fires once that is done.
    subscriber.on('ready', () => {
      for (const handler of this.reconnectHandlers) handler();
    });
  }

  /** Connects both connections; rejects when Redis does not answer. */
  static async connect(options: RedisBusOptions): Promise<RedisBus> {
    const connection = (): Redis => {
      const redis = new Redis(options.url, { lazyConnect: true, maxRetriesPerRequest: 3 });
      redis.on('error', (error: unknown) => {
        log.error({ err: error }, 'redis error');
      });
      return redis;
    };
    const publisher = connection();
    const subscriber = connection();
    try {
      await Promise.all([publisher.connect(), subscriber.connect()]);
      await subscriber.subscribe(settingsChannel(options.namespace ?? 'silicon-curtain'));
    } catch (error) {
      publisher.disconnect();
      subscriber.disconnect();
      throw error;
    }
    return new RedisBus(
      publisher,
      subscriber,
      options.namespace ?? 'silicon-curtain',
      options.presenceLeaseMs ?? defaultPresenceLeaseMs,
    );
  }

  channel(matchID: string): string {
    return `${this.prefix}${matchID}`;
  }

  async publish(matchID: string, stateID: number): Promise<void> {
    await this.publisher.publish(this.channel(matchID), JSON.stringify({ stateID, origin: this.origin }));
  }

  async publishChat(matchID: string, chat: unknown): Promise<void> {
    await this.publisher.publish(this.channel(matchID), JSON.stringify({ chat, origin: this.origin }));
  }

  async subscribe(matchID: string): Promise<void> {
    await this.subscriber.subscribe(this.channel(matchID));
  }

  async unsubscribe(matchID: string): Promise<void> {
    if (this.closed) return;
    await this.subscriber.unsubscribe(this.channel(matchID));
  }

  onNotice(handler: (notice: CommitNotice) => void): void {
    this.handlers.push(handler);
  }

  async setPresence(matchID: string, seats: readonly string[]): Promise<void> {
    // Closing (a drain disconnects every socket after the bus is closed): close() has cleared ours.
    if (this.closed) return;
    if (seats.length === 0) {
      this.presence.delete(matchID);
      await this.publisher.hdel(this.presenceKey(matchID), this.origin);
    } else {
      this.presence.set(matchID, seats);
      await this.writePresence(this.publisher.multi(), matchID, seats).exec();
    }
    await this.publisher.publish(
      this.channel(matchID),
      JSON.stringify({ presence: true, origin: this.origin }),
    );
  }

  async readPresence(matchID: string): Promise<Set<string>> {
    if (this.closed) return new Set();
    const fields = await this.publisher.hgetall(this.presenceKey(matchID));
    const now = Date.now();
    const seats = new Set<string>();
    for (const [origin, value] of Object.entries(fields)) {
      if (origin === this.origin) continue;
      const lease = parseLease(value);
      if (lease && lease.untilMs > now) for (const seat of lease.seats) seats.add(seat);
    }
    return seats;
  }

  onPresence(handler: (matchID: string) => void): void {
    this.presenceHandlers.push(handler);
  }

  private presenceKey(matchID: string): string {
    return `${this.namespace}:presence:${matchID}`;
  }

  /** This process's field of the match's hash with its lease's end; the hash outlives its last writer by a lease. */
  private writePresence(
    batch: ChainableCommander,
    matchID: string,
    seats: readonly string[],
  ): ChainableCommander {
    const key = this.presenceKey(matchID);
    const untilMs = Date.now() + this.presenceLeaseMs;
    return batch
      .hset(key, this.origin, JSON.stringify({ seats, untilMs }))
      .pexpire(key, this.presenceLeaseMs);
  }

  private async renewPresence(): Promise<void> {
    if (this.closed || this.presence.size === 0) return;
    let batch = this.publisher.pipeline();
    for (const [matchID, seats] of this.presence) batch = this.writePresence(batch, matchID, seats);
    await batch.exec();
  }

  async publishSettings(matchID: string): Promise<void> {
    await this.publisher.publish(
      settingsChannel(this.namespace),
      JSON.stringify({ matchID, origin: this.origin }),
    );
  }

  onSettings(handler: (matchID: string) => void): void {
    this.settingsHandlers.push(handler);
  }

  onChat(handler: (notice: ChatNotice) => void): void {
    this.chatHandlers.push(handler);
  }

  onReconnect(handler: () => void): void {
    this.reconnectHandlers.push(handler);
  }

  async ping(): Promise<boolean> {
    if (this.closed) return false;
    try {
      return (await this.publisher.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.presenceRenewal);
    // Seats on this process go with it: the other processes need not wait for the lease to end.
    if (this.presence.size > 0) {
      const batch = this.publisher.pipeline();
      for (const matchID of this.presence.keys()) batch.hdel(this.presenceKey(matchID), this.origin);
      await batch.exec().catch(() => undefined);
    }
    await Promise.all([this.publisher.quit(), this.subscriber.quit()]);
  }
}
