import { Module } from '@nestjs/common';
import { MarketModule } from '../market/market.module';
import { SymbolsController } from './symbols.controller';

/** `/api/symbols`: the catalog the caller may subscribe to. */
@Module({ imports: [MarketModule], controllers: [SymbolsController] })
export class SymbolsModule {}
