import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ScenarioDesk } from '@tickwire/market-sim';
import { type ScenarioCommand, type ScenarioList, type ScenarioRecord } from '@tickwire/protocol';
import { SimulatedFeed } from '../feed/simulated-feed';
import { MarketControl } from './market-control';

/** Market control of the embedded feed: a ScenarioDesk over the simulator in this process. */
@Injectable()
export class EmbeddedMarketControl extends MarketControl implements OnModuleInit {
  private desk: ScenarioDesk | undefined;

  constructor(private readonly modules: ModuleRef) {
    super();
  }

  onModuleInit(): void {
    // Looked up rather than injected: in Redis mode this class is replaced and never created, and
    // there is no SimulatedFeed to inject. Once, so that a missing feed fails at start.
    this.desk = new ScenarioDesk(this.modules.get(SimulatedFeed, { strict: false }).simulator);
  }

  async run(command: ScenarioCommand, by: string): Promise<ScenarioRecord> {
    return this.ready().run(command, by);
  }

  async list(): Promise<ScenarioList> {
    return this.ready().list();
  }

  private ready(): ScenarioDesk {
    if (!this.desk) throw new Error('EmbeddedMarketControl used before the module initialised');
    return this.desk;
  }
}
