import { type DynamicModule, Module, type Provider } from '@nestjs/common';
import { AdminController } from './admin.controller';
import { AdminGuard } from './admin.guard';
import { EmbeddedMarketControl } from './embedded-market-control';
import { MarketControl } from './market-control';

/**
 * The admin API (`/api/admin/scenarios`) and the MarketControl it drives: the embedded
 * simulator by default. `/api` routes get AuthModule's Origin check, like every other.
 */
@Module({
  controllers: [AdminController],
  providers: [AdminGuard, { provide: MarketControl, useClass: EmbeddedMarketControl }],
})
export class ControlModule {
  /**
   * The same module with another MarketControl (Redis mode: one that reaches the feed process),
   * e.g. `ControlModule.withControl({ provide: MarketControl, useClass: BusMarketControl })`.
   * It replaces the embedded one, which is then never created.
   */
  static withControl(control: Provider): DynamicModule {
    return { module: ControlModule, providers: [control] };
  }
}
