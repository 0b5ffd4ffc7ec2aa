import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { type SymbolInfo } from '@tickwire/protocol';
import { MarketFeed } from '../feed/market-feed';
import { MarketStateService } from '../market/market-state.service';

@Controller('api')
export class SymbolsController {
  private catalog: { epoch: string; symbols: SymbolInfo[] } | undefined;

  constructor(
    private readonly feed: MarketFeed,
    private readonly market: MarketStateService,
  ) {}

  /** The catalog of the feed: what can be subscribed, with its tier. */
  @Get('symbols')
  symbols(): SymbolInfo[] {
    if (!this.market.loaded) {
      throw new ServiceUnavailableException('the market feed is not available yet: try again');
    }
    // A restarted feed may simulate other symbols.
    if (this.catalog?.epoch !== this.feed.epoch) {
      this.catalog = {
        epoch: this.feed.epoch,
        symbols: this.feed.instruments().map((i) => ({
          symbol: i.symbol,
          name: i.name,
          assetClass: i.assetClass,
          sector: i.sector,
          currency: i.currency,
          tickSize: i.tickSize,
          tier: i.tier,
        })),
      };
    }
    return this.catalog.symbols;
  }
}
