import { type Browser } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { type GatewayProcess, startGateway } from './support/gateway';

describe('dashboard served by the production gateway', () => {
  let gateway: GatewayProcess;
  let browser: Browser;

  beforeAll(async () => {
    gateway = await startGateway();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    expect(await gateway?.stop()).toBe(0);
  });

  it('loads the dashboard', async () => {
    const page = await browser.newPage();
    await page.goto(gateway.url);
    await page.getByRole('heading', { name: 'Tickwire' }).waitFor();
    await page.close();
  });
});
