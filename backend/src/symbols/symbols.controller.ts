import { Controller, Get } from '@nestjs/common';
import { type SymbolInfo } from '@tickwire/protocol';
import { MarketFeed } from '../feed/market-feed';

@Controller('api')
export class SymbolsController {
  private catalog: SymbolInfo[] | undefined;

  constructor(private readonly feed: MarketFeed) {}

  /** The catalog of the feed: what can be subscribed, with its tier. */
  @Get('symbols')
  symbols(): SymbolInfo[] {
    this.catalog ??= this.feed.instruments().map((i) => ({
      symbol: i.symbol,
      name: i.name,
      assetClass: i.assetClass,
      currency: i.currency,
      tickSize: i.tickSize,
      tier: i.tier,
    }));
    return this.catalog;
  }
}
