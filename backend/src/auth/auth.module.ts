import {
  Global,
  type MiddlewareConsumer,
  Module,
  type NestModule,
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
import { TicketStore } from './ticket.store';
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
    TicketStore,
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
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(OriginMiddleware).forRoutes({ path: 'api/*path', method: RequestMethod.ALL });
  }
}
