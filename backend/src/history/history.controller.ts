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
  type HistoryQuery,
  type HistoryResponse,
  SYMBOL_PATTERN,
} from '@tickwire/protocol';
import { HistoryQuerySchema } from '@tickwire/protocol/schemas';
import * as v from 'valibot';
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
    @Param('symbol') symbolParam: string,
    @Query('interval') intervalParam?: string,
    @Query('limit') limitParam?: string,
  ): Promise<HistoryResponse> {
    const { symbol, interval, limit } = this.parse(symbolParam, intervalParam, limitParam);
    if (!this.market.loaded) {
      throw new ServiceUnavailableException('the market feed is not available yet: try again');
    }
    const state = this.market.get(symbol);
    if (!state) throw new NotFoundException(`unknown symbol ${symbol}`);
    if (!tiersFor(request.principal.plan).has(state.instrument.tier)) {
      throw new ForbiddenException(`your plan does not include ${symbol}`);
    }
    let feedBars;
    try {
      feedBars = await this.market.history(state, interval, limit);
    } catch {
      throw new ServiceUnavailableException('the market feed is unreachable: try again shortly');
    }
    const data = this.market.withFormingBar(state, interval, feedBars, limit);
    return { symbol, interval, data };
  }

  /**
   * BAD_REQUEST naming the first wrong part: the symbol, then the interval, then the limit. The
   * limit follows the rule of `historyLimit` on /ws: clamped to [1, max], refused only if it is
   * not a number.
   */
  private parse(symbol: string, interval?: string, limit?: string): Required<HistoryQuery> {
    const { defaultHistoryLimit, maxHistoryLimit } = this.config.gateway;
    const query = { symbol, interval, limit };
    const result = v.safeParse(HistoryQuerySchema, query, { abortEarly: true });
    if (result.success) {
      const requested = result.output.limit;
      const clamped =
        requested === undefined ? defaultHistoryLimit : clampRounded(requested, 1, maxHistoryLimit);
      return { ...result.output, limit: clamped };
    }
    switch (result.issues[0].path?.[0]?.key) {
      case 'symbol':
        throw new BadRequestException(`symbol must match ${SYMBOL_PATTERN.source}`);
      case 'interval':
        throw new BadRequestException(`interval must be one of ${BAR_INTERVALS.join(', ')}`);
      default:
        throw new BadRequestException(
          `limit must be a number (clamped to 1 to ${maxHistoryLimit})`,
        );
    }
  }
}
