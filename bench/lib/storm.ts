import { StormFleet, describeDistribution, type StormRecovery } from '@tickwire/testing';
import type { Profile } from './profile';
import { feedFor, log } from './scenarios';
import { startServer } from './servers';
import { tickwireEnv } from './tickwire-access';

export interface StormResult extends StormRecovery {
  clients: number;
  /** Clients not live again by the end: a client of the recipe never gives up, so 0 or slow. */
  notLive: number;
  refused429: number;
  refused503: number;
  /** From the SIGTERM until the restarted gateway answered /health. */
  restartMs: number;
}

/**
 * The bench's reconnect storm (issue 15): `profile.storm.clients` guests, each one connection of
 * protocol.md's recipe (the backend storm test's StormClient), live on the production gateway;
 * then SIGTERM (every client gets 1012) and a restart on the same port. The restarted process's
 * per-minute handshake limit is half the clients, so its limiter must refuse part of the storm
 * (429 with Retry-After) and the clients must wait their turn rather than give up.
 */
export async function runStorm(profile: Profile): Promise<StormResult> {
  const { clients, recoveryLimitMs } = profile.storm;
  const feed = feedFor(profile, 100);
  const env = {
    ...(await tickwireEnv()), // one AUTH_SECRET for both processes: tokens outlive the restart
    WS_MAX_CONNECTIONS_PER_IP: String(clients * 2),
    WS_CONNECTIONS_PER_MINUTE: String(clients * 2),
  };
  let server = await startServer('tickwire', feed, env);
  const port = new URL(server.url).port;
  const fleet = await StormFleet.create(server.url, clients);
  try {
    await fleet.connectAll(60_000);
    log(`storm: ${clients} clients live; SIGTERM and restart`);
    fleet.markStorm();
    const sigtermAt = Date.now();
    const allLive = fleet.waitLive(clients, recoveryLimitMs).catch(() => undefined);
    await server.stop();
    server = await startServer('tickwire', feed, {
      ...env,
      PORT: port,
      WS_CONNECTIONS_PER_MINUTE: String(Math.round(clients / 2)),
    });
    const restartMs = Date.now() - sigtermAt;
    await allLive;
    const recovery = fleet.recovery(sigtermAt);
    log(
      `storm: ${recovery.live} of ${clients} live again; recovery ${describeDistribution(recovery.recoveriesMs)}`,
    );
    return {
      clients,
      ...recovery,
      notLive: clients - recovery.live,
      refused429: recovery.outcomes['429 with Retry-After'] ?? 0,
      refused503: recovery.outcomes['503 with Retry-After'] ?? 0,
      restartMs,
    };
  } finally {
    fleet.stop();
    await server.stop();
  }
}
