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
import { historyQuerySchema } from '@tickwire/protocol/schemas';
import * as v from 'valibot';
import { AccessTokenGuard, type AuthenticatedRequest } from '../auth/access-token.guard';
import { tiersFor } from '../auth/plan.policy';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { MarketStateService } from '../market/market-state.service';

@Controller('api')
export class HistoryController {
  private readonly query: ReturnType<typeof historyQuerySchema>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly market: MarketStateService,
  ) {
    this.query = historyQuerySchema(config.gateway.maxHistoryLimit);
  }

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

  /** BAD_REQUEST naming the first wrong part: the symbol, then the interval, then the limit. */
  private parse(symbol: string, interval?: string, limit?: string): Required<HistoryQuery> {
    const result = v.safeParse(this.query, { symbol, interval, limit }, { abortEarly: true });
    if (result.success) {
      const { defaultHistoryLimit } = this.config.gateway;
      return { ...result.output, limit: result.output.limit ?? defaultHistoryLimit };
    }
    switch (result.issues[0].path?.[0]?.key) {
      case 'symbol':
        throw new BadRequestException(`symbol must match ${SYMBOL_PATTERN.source}`);
      case 'interval':
        throw new BadRequestException(`interval must be one of ${BAR_INTERVALS.join(', ')}`);
      default: {
        const { maxHistoryLimit } = this.config.gateway;
        throw new BadRequestException(`limit must be an integer from 1 to ${maxHistoryLimit}`);
      }
    }
  }
}
