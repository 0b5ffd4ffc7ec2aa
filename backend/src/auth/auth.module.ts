import { type DynamicModule, Global, Module, type Provider } from '@nestjs/common';
import { SecurityModule } from '../security/security.module';
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
 * Authentication and entitlements: `/api/auth/*`, the WebSocket upgrade authenticator and the
 * AccessTokenGuard for HTTP endpoints. Global: every HTTP feature guards its routes with it.
 */
@Global()
@Module({
  imports: [SecurityModule],
  controllers: [AuthController],
  providers: [
    TokenService,
    // One gateway by default; in Redis mode a RedisTicketStore replaces it (tickets across gateways).
    { provide: TicketStore, useClass: MemoryTicketStore },
    UserDirectory,
    LoginThrottle,
    PlanPolicy,
    AccessTokenGuard,
    UpgradeAuthenticator,
    { provide: ConnectionAuthenticator, useExisting: UpgradeAuthenticator },
  ],
  exports: [ConnectionAuthenticator, AccessTokenGuard, TokenService, PlanPolicy],
})
export class AuthModule {
  /**
   * The same module with another TicketStore: in Redis mode, tickets shared by every gateway,
   * e.g. `AuthModule.withTicketStore({ provide: TicketStore, inject: [APP_CONFIG, REDIS],
   * useFactory: (config, redis) => new RedisTicketStore(config, redis) })`. It replaces the
   * in-memory store, which is then never created.
   */
  static withTicketStore(tickets: Provider): DynamicModule {
    return { module: AuthModule, providers: [tickets] };
  }
}
