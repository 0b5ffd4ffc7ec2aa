import { Module } from '@nestjs/common';
import { GatewayModule } from '../gateway/gateway.module';
import { MarketModule } from '../market/market.module';
import { HealthController } from './health.controller';
import { ReadinessController } from './readiness.controller';

/** `/health` (liveness and figures) and `/ready` (whether to route clients here). */
@Module({
  imports: [GatewayModule, MarketModule],
  controllers: [HealthController, ReadinessController],
})
export class HealthModule {}
