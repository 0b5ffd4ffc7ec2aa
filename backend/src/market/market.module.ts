import { Module } from '@nestjs/common';
import { FeedRateSampler } from './feed-rate.sampler';
import { MarketStateService } from './market-state.service';

/** The latest state of every symbol the gateway serves, kept from the feed. */
@Module({
  providers: [MarketStateService, FeedRateSampler],
  exports: [MarketStateService, FeedRateSampler],
})
export class MarketModule {}
