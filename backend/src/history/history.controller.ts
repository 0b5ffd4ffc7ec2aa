import {
  BadRequestException,
  Controller,
  ForbiddenException,
  Get,
  Inject,
  NotFoundException,
  Param,
  Query,
  Req,
  ServiceUnavailableException,
  UseGuards,
} from '@nestjs/common';
import {
  BAR_INTERVALS,
  type BarInterval,
  type HistoryResponse,
  isValidSymbol,
} from '@tickwire/protocol';
import { AccessTokenGuard, type AuthenticatedRequest } from '../auth/access-token.guard';
import { tiersFor } from '../auth/plan.policy';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { clampRounded } from '../gateway/client-request';
import { MarketStateService } from '../market/market-state.service';

@Controller('api')
export class HistoryController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly market: MarketStateService,
  ) {}

  /** Bars oldest first, the last one forming now: the same shape as a bars snapshot. */
  @Get('history/:symbol')
  @UseGuards(AccessTokenGuard)
  async history(
    @Req() request: AuthenticatedRequest,
    @Param('symbol') symbol: string,
    @Query('interval') intervalParam?: string,
    @Query('limit') limitParam?: string,
  ): Promise<HistoryResponse> {
    const { defaultHistoryLimit, maxHistoryLimit } = this.config.gateway;
    if (!isValidSymbol(symbol)) {
      throw new BadRequestException('symbol must match ^[A-Z0-9][A-Z0-9.:/-]{0,15}$');
    }
    const interval = intervalParam ?? '1m';
    if (!(BAR_INTERVALS as readonly string[]).includes(interval)) {
      throw new BadRequestException(`interval must be one of ${BAR_INTERVALS.join(', ')}`);
    }
    // The same rule as `historyLimit` on /ws: clamped to [1, max], refused only if not a number.
    const requested = limitParam === undefined ? defaultHistoryLimit : Number(limitParam);
    if (
      typeof limitParam === 'string' &&
      (limitParam.trim() === '' || !Number.isFinite(requested))
    ) {
      throw new BadRequestException(`limit must be a number (clamped to 1 to ${maxHistoryLimit})`);
    }
    const limit = clampRounded(requested, 1, maxHistoryLimit);
    if (!this.market.loaded) {
      throw new ServiceUnavailableException('the market feed is not available yet: try again');
    }
    const state = this.market.get(symbol);
    if (!state) throw new NotFoundException(`unknown symbol ${symbol}`);
    if (!tiersFor(request.principal.plan).has(state.instrument.tier)) {
      throw new ForbiddenException(`your plan does not include ${symbol}`);
    }
    const barInterval = interval as BarInterval;
    let feedBars;
    try {
      feedBars = await this.market.history(state, barInterval, limit);
    } catch {
      throw new ServiceUnavailableException('the market feed is unreachable: try again shortly');
    }
    const data = this.market.withFormingBar(state, barInterval, feedBars, limit);
    return { symbol, interval: barInterval, data };
  }
}
