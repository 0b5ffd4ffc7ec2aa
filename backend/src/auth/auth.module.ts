import {
  type DynamicModule,
  Global,
  type MiddlewareConsumer,
  Module,
  type NestModule,
  type Provider,
  RequestMethod,
} from '@nestjs/common';
import { ClientAddress } from '../security/client-address';
import { ConnectionLimiter } from '../security/connection.limiter';
import { OriginMiddleware } from '../security/origin.middleware';
import { OriginPolicy } from '../security/origin.policy';
import { AccessTokenGuard } from './access-token.guard';
import { AuthController } from './auth.controller';
import { ConnectionAuthenticator } from './connection-authenticator';
import { LoginThrottle } from './login.throttle';
import { PlanPolicy } from './plan.policy';
import { MemoryTicketStore, TicketStore } from './ticket.store';
import { TokenService } from './token.service';
import { UpgradeAuthenticator } from './upgrade.authenticator';
import { UserDirectory } from './user.directory';

/**
 * Authentication and entitlements: `/api/auth/*`, the WebSocket upgrade authenticator, the
 * AccessTokenGuard for HTTP endpoints, and the Origin check on every `/api` call.
 */
@Global()
@Module({
  controllers: [AuthController],
  providers: [
    TokenService,
    // One gateway by default; in Redis mode a RedisTicketStore replaces it (tickets across gateways).
    { provide: TicketStore, useClass: MemoryTicketStore },
    UserDirectory,
    LoginThrottle,
    PlanPolicy,
    OriginPolicy,
    ConnectionLimiter,
    ClientAddress,
    AccessTokenGuard,
    UpgradeAuthenticator,
    { provide: ConnectionAuthenticator, useExisting: UpgradeAuthenticator },
  ],
  exports: [ConnectionAuthenticator, AccessTokenGuard, TokenService, PlanPolicy, OriginPolicy],
})
export class AuthModule implements NestModule {
  /**
   * The same module with another TicketStore: in Redis mode, tickets shared by every gateway,
   * e.g. `AuthModule.withTicketStore({ provide: TicketStore, inject: [APP_CONFIG, REDIS],
   * useFactory: (config, redis) => new RedisTicketStore(config, redis) })`. It replaces the
   * in-memory store, which is then never created.
   */
  static withTicketStore(tickets: Provider): DynamicModule {
    return { module: AuthModule, providers: [tickets] };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(OriginMiddleware).forRoutes({ path: 'api/*path', method: RequestMethod.ALL });
  }
}
