import { type Browser } from 'playwright-core';
import { type GatewayProcess, launchChromium, startGateway } from '@tickwire/testing';

export interface Rig {
  gateway: GatewayProcess;
  browser: Browser;
}

/**
 * A production gateway and a Chromium for the enclosing `describe`: started before its tests,
 * stopped after them (the gateway must exit 0). Read the fields inside the tests.
 */
export function useGatewayAndBrowser(): Rig {
  const rig = {} as Rig;
  beforeAll(async () => {
    rig.gateway = await startGateway();
    rig.browser = await launchChromium();
  });
  afterAll(async () => {
    await (rig.browser as Browser | undefined)?.close();
    expect(await (rig.gateway as GatewayProcess | undefined)?.stop()).toBe(0);
  });
  return rig;
}
