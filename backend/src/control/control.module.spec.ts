import 'reflect-metadata';
import { type DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AuthModule } from '../auth/auth.module';
import { APP_CONFIG, loadConfig } from '../config/app-config';
import { SimulatedFeed } from '../feed/simulated-feed';
import { AdminController } from './admin.controller';
import { ControlModule } from './control.module';
import { EmbeddedMarketControl } from './embedded-market-control';
import { MarketControl } from './market-control';

@Module({})
class Root {
  /** What AppModule provides globally and ControlModule needs: configuration, auth, a feed. */
  static with(control: typeof ControlModule | DynamicModule): DynamicModule {
    return {
      module: Root,
      global: true,
      imports: [AuthModule, control],
      providers: [
        { provide: APP_CONFIG, useValue: loadConfig({ LOG_LEVEL: 'error' }) },
        SimulatedFeed,
      ],
      exports: [APP_CONFIG],
    };
  }
}

/** The class of the MarketControl that AdminController got. */
async function controlOf(control: typeof ControlModule | DynamicModule): Promise<string> {
  const context = await NestFactory.createApplicationContext(Root.with(control), { logger: false });
  try {
    const admin = context.get(AdminController, { strict: false });
    return (admin as unknown as { control: MarketControl }).control.constructor.name;
  } finally {
    await context.close();
  }
}

describe('ControlModule', () => {
  it('drives the embedded simulator by default', async () => {
    expect(await controlOf(ControlModule)).toBe(EmbeddedMarketControl.name);
  });

  it('takes another MarketControl instead (Redis mode), never creating the embedded one', async () => {
    class BusMarketControl extends MarketControl {
      run = jest.fn();
      list = jest.fn();
    }
    const created = jest.spyOn(EmbeddedMarketControl.prototype, 'onModuleInit');
    const control = await controlOf(
      ControlModule.withControl({ provide: MarketControl, useClass: BusMarketControl }),
    );
    expect(control).toBe(BusMarketControl.name);
    expect(created).not.toHaveBeenCalled();
  });
});
