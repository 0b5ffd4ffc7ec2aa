import { Module } from '@nestjs/common';
import { MarketModule } from '../market/market.module';
import { GatewayServer } from './gateway.server';

/** `/ws`: the WebSocket server, its connections and the fan-out that feeds them. */
@Module({
  imports: [MarketModule],
  providers: [GatewayServer],
  exports: [GatewayServer],
})
export class GatewayModule {}
