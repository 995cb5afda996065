import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { ChatNotice, CommitNotice, MatchBus } from './match-bus.ts';

export interface RedisBusOptions {
  url: string;
  /** Prefix of every channel, so several deployments (or tests) share one Redis: `<ns>:match:<id>`. */
  namespace?: string;
}

type Message =
  { kind: 'commit'; notice: CommitNotice } | { kind: 'chat'; notice: ChatNotice; origin: string };

/** A channel message: a commit `{stateID, origin}` or a chat `{chat, origin}`; anything else is dropped. */
function parseMessage(matchID: string, message: string): Message | undefined {
  try {
    const value = JSON.parse(message) as unknown;
    if (typeof value !== 'object' || value === null) return undefined;
    const { stateID, origin, chat } = value as Record<string, unknown>;
    if (typeof origin !== 'string') return undefined;
    if (chat !== undefined) return { kind: 'chat', notice: { matchID, chat }, origin };
    if (typeof stateID !== 'number' || !Number.isInteger(stateID)) return undefined;
    return { kind: 'commit', notice: { matchID, stateID, origin } };
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
  private readonly reconnectHandlers: (() => void)[] = [];
  private closed = false;

  private constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    namespace: string,
  ) {
    this.prefix = `${namespace}:match:`;
    subscriber.on('message', (channel: string, message: string) => {
      if (!channel.startsWith(this.prefix)) return;
      const parsed = parseMessage(channel.slice(this.prefix.length), message);
      if (parsed?.kind === 'commit') for (const handler of this.handlers) handler(parsed.notice);
      if (parsed?.kind === 'chat' && parsed.origin !== this.origin)
        for (const handler of this.chatHandlers) handler(parsed.notice);
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
        console.error('redis error', error);
      });
      return redis;
    };
    const publisher = connection();
    const subscriber = connection();
    try {
      await Promise.all([publisher.connect(), subscriber.connect()]);
    } catch (error) {
      publisher.disconnect();
      subscriber.disconnect();
      throw error;
    }
    return new RedisBus(publisher, subscriber, options.namespace ?? 'silicon-curtain');
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
    await Promise.all([this.publisher.quit(), this.subscriber.quit()]);
  }
}
