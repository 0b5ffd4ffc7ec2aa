export { lastPrices, waitForPriceChange, waitForState } from './dashboard-page';
