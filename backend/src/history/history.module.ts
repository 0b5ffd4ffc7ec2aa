import { Module } from '@nestjs/common';
import { MarketModule } from '../market/market.module';
import { HistoryController } from './history.controller';

/** `/api/history`: closed bars of one symbol. */
@Module({ imports: [MarketModule], controllers: [HistoryController] })
export class HistoryModule {}
