import { createClient, createCluster } from '@redis/client';
import { type BusConfig } from '@tickwire/config';
import { type BackoffOptions, backoffDelay } from '@tickwire/protocol';

/** The Redis commands the bus uses, the same on one server and on a cluster. */
export interface BusCommands {
  get(key: string): Promise<string | null>;
  set(
    key: string,
    value: string,
    options?: { expiration: { type: 'PX'; value: number }; condition: 'NX' },
  ): Promise<unknown>;
  getDel(key: string): Promise<string | null>;
  del(keys: string | string[]): Promise<number>;
  exists(keys: string | string[]): Promise<number>;
  rPush(key: string, values: string | string[]): Promise<number>;
  lTrim(key: string, start: number, stop: number): Promise<unknown>;
  lRange(key: string, start: number, stop: number): Promise<string[]>;
  rename(key: string, newKey: string): Promise<unknown>;
  sPublish(channel: string, message: string): Promise<number>;
}

export type BusListener = (message: string, channel: string) => void;

/** Redis is a server-side neighbour: retry soon, and never wait more than 2 s. */
const RECONNECT: BackoffOptions = { baseMs: 100, capMs: 2000 };

/**
 * One process's link to the bus: a command connection and a sharded Pub/Sub connection (on a
 * cluster, node-redis keeps one of each per shard). Both reconnect by themselves with backoff and
 * node-redis subscribes again to every channel after a reconnect. Commands fail at once while
 * disconnected instead of queueing without bound; callers treat a failure as a lost write or read.
 */
export class BusConnection {
  readonly commands: BusCommands;
  private readonly subscribeFn: (channels: string[], listener: BusListener) => Promise<void>;
  private readonly unsubscribeFn: (channels: string[]) => Promise<void>;
  private readonly connectFn: () => Promise<void>;
  private readonly closeFn: () => void;

  constructor(config: BusConfig, onError: (error: Error) => void) {
    const socket = {
      reconnectStrategy: (retries: number) => backoffDelay(retries, RECONNECT) + 50,
    };
    if (config.kind === 'single') {
      const client = createClient({ url: config.url, socket, disableOfflineQueue: true });
      const subscriber = client.duplicate();
      client.on('error', onError);
      subscriber.on('error', onError);
      this.commands = client as unknown as BusCommands;
      this.subscribeFn = (channels, listener) => subscriber.sSubscribe(channels, listener);
      this.unsubscribeFn = (channels) => subscriber.sUnsubscribe(channels);
      this.connectFn = async () => {
        await Promise.all([client.connect(), subscriber.connect()]);
      };
      this.closeFn = () => {
        client.destroy();
        subscriber.destroy();
      };
    } else {
      const cluster = createCluster({
        rootNodes: config.nodes.map(({ host, port }) => ({ socket: { host, port } })),
        defaults: { socket, disableOfflineQueue: true },
      });
      cluster.on('error', onError);
      cluster.on('node-error', onError);
      this.commands = cluster as unknown as BusCommands;
      // node-redis routes one SSUBSCRIBE by its first channel: channels of other slots would
      // land on the wrong shard, so each channel is subscribed on its own.
      this.subscribeFn = async (channels, listener) => {
        await Promise.all(channels.map((channel) => cluster.sSubscribe(channel, listener)));
      };
      this.unsubscribeFn = async (channels) => {
        await Promise.all(channels.map((channel) => cluster.sUnsubscribe(channel)));
      };
      this.connectFn = async () => {
        await cluster.connect();
      };
      this.closeFn = () => cluster.destroy();
    }
  }

  /** Resolves once connected; until then node-redis keeps retrying with backoff. */
  connect(): Promise<void> {
    return this.connectFn();
  }

  /** Resolves when the server confirmed the subscription: messages published after it arrive. */
  subscribe(channels: string[], listener: BusListener): Promise<void> {
    return this.subscribeFn(channels, listener);
  }

  unsubscribe(channels: string[]): Promise<void> {
    return this.unsubscribeFn(channels);
  }

  close(): void {
    this.closeFn();
  }
}
