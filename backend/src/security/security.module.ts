import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { ClientAddress } from './client-address';
import { ConnectionLimiter } from './connection.limiter';
import { OriginMiddleware } from './origin.middleware';
import { OriginPolicy } from './origin.policy';

/**
 * Who is calling and from where: the client address behind trusted proxies, the Origin policy
 * (checked on every `/api` call here, and on the WebSocket upgrade by auth), and the connection
 * limiter.
 */
@Module({
  providers: [ClientAddress, OriginPolicy, ConnectionLimiter],
  exports: [ClientAddress, OriginPolicy, ConnectionLimiter],
})
export class SecurityModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(OriginMiddleware).forRoutes({ path: 'api/*path', method: RequestMethod.ALL });
  }
}
