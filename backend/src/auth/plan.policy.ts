import { Inject, Injectable } from '@nestjs/common';
import { type ConnectionLimits, type Plan, type Tier } from '@tickwire/protocol';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { type GatewayConfig } from '../config/gateway.config';

interface PlanRules {
  tiers: readonly Tier[];
  minThrottleMs: number;
  maxSubscriptions: number;
}

/** What each plan is sold: the tiers it receives and how fast and how much. */
export const PLAN_RULES: Readonly<Record<Plan, PlanRules>> = {
  guest: { tiers: ['public'], minThrottleMs: 1000, maxSubscriptions: 50 },
  pro: { tiers: ['public', 'pro'], minThrottleMs: 100, maxSubscriptions: 2_000 },
};

const PLAN_TIERS: Readonly<Record<Plan, ReadonlySet<Tier>>> = {
  guest: new Set(PLAN_RULES.guest.tiers),
  pro: new Set(PLAN_RULES.pro.tiers),
};

/** Instrument tiers a plan may receive (the WebSocket's FORBIDDEN and /api/history's 403). */
export function tiersFor(plan: Plan): ReadonlySet<Tier> {
  return PLAN_TIERS[plan];
}

/** The gateway's limits narrowed by a plan: a plan never loosens what the operator configured. */
export function limitsFor(plan: Plan, gateway: GatewayConfig): ConnectionLimits {
  const rules = PLAN_RULES[plan];
  const { throttle } = gateway;
  const minThrottleMs = Math.min(Math.max(throttle.minMs, rules.minThrottleMs), throttle.maxMs);
  const maxSubscriptions = Math.min(gateway.maxSubscriptions, rules.maxSubscriptions);
  return {
    maxSubscriptions,
    maxSymbolsPerRequest: Math.min(gateway.maxSymbolsPerRequest, maxSubscriptions),
    minThrottleMs,
    maxThrottleMs: throttle.maxMs,
    defaultThrottleMs: Math.max(throttle.defaultMs, minThrottleMs),
    maxMessageBytes: gateway.maxPayloadBytes,
    messagesPerSecond: gateway.messagesPerSecond,
    messageBurst: gateway.messageBurst,
    defaultHistoryLimit: gateway.defaultHistoryLimit,
    maxHistoryLimit: gateway.maxHistoryLimit,
  };
}

/** Plan limits computed once from the configuration, shared (frozen) by every connection. */
@Injectable()
export class PlanPolicy {
  private readonly limits: Readonly<Record<Plan, Readonly<ConnectionLimits>>>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.limits = {
      guest: Object.freeze(limitsFor('guest', config.gateway)),
      pro: Object.freeze(limitsFor('pro', config.gateway)),
    };
  }

  limitsFor(plan: Plan): Readonly<ConnectionLimits> {
    return this.limits[plan];
  }

  tiersFor(plan: Plan): ReadonlySet<Tier> {
    return tiersFor(plan);
  }
}
