/**
 * Crypto pairs: each coin against the fiat currencies the large exchanges list it in, and the
 * larger coins against BTC and ETH too. Prices derive from one US dollar price per coin so that
 * every pair agrees with the others. Rows have the layout of `other-assets.ts`.
 * Coin row: `code|name|price in USD|annualised volatility`, roughly by market capitalisation.
 */
const COINS = `
BTC|Bitcoin|90000|0.55
ETH|Ether|3000|0.7
SOL|Solana|135|0.85
XRP|XRP|2.1|0.8
BNB|BNB|880|0.6
DOGE|Dogecoin|0.15|0.9
ADA|Cardano|0.42|0.9
AVAX|Avalanche|14|0.95
LINK|Chainlink|13|0.9
DOT|Polkadot|2.5|0.95
LTC|Litecoin|85|0.8
BCH|Bitcoin Cash|520|0.75
XLM|Stellar|0.25|0.85
TRX|TRON|0.28|0.6
UNI|Uniswap|6.5|1
ATOM|Cosmos|2.6|0.95
NEAR|NEAR Protocol|2|1
AAVE|Aave|170|1
ETC|Ethereum Classic|13|0.9
HBAR|Hedera|0.14|0.95
SUI|Sui|1.6|1.1
TON|Toncoin|1.6|0.9
SHIB|Shiba Inu|0.0000085|1
XMR|Monero|380|0.75
APT|Aptos|2.2|1
ARB|Arbitrum|0.22|1.05
OP|Optimism|0.32|1.05
ICP|Internet Computer|4.5|1.05
FIL|Filecoin|1.6|1.05
VET|VeChain|0.014|1
ALGO|Algorand|0.14|1
INJ|Injective|6|1.1
RENDER|Render|1.8|1.15
GRT|The Graph|0.05|1.05
MKR|Maker|1600|0.9
SKY|Sky|0.06|0.95
LDO|Lido DAO|0.65|1.05
IMX|Immutable|0.32|1.1
STX|Stacks|0.3|1.1
TIA|Celestia|0.6|1.2
SEI|Sei|0.14|1.15
QNT|Quant|80|0.9
EGLD|MultiversX|7|1
THETA|Theta Network|0.35|1.05
SAND|The Sandbox|0.14|1.05
MANA|Decentraland|0.14|1.05
AXS|Axie Infinity|1|1.1
FLOW|Flow|0.2|1.05
XTZ|Tezos|0.5|0.95
EOS|EOS|0.25|0.95
KAS|Kaspa|0.05|1.1
CRV|Curve DAO|0.45|1.1
SNX|Synthetix|0.6|1.1
COMP|Compound|30|1
ZEC|Zcash|420|1.2
DASH|Dash|45|1
CHZ|Chiliz|0.03|1.05
ENS|Ethereum Name Service|11|1.05
PEPE|Pepe|0.0000045|1.2
BONK|Bonk|0.0000095|1.25
WIF|dogwifhat|0.4|1.3
FET|Artificial Superintelligence Alliance|0.25|1.15
ONDO|Ondo|0.5|1.1
JUP|Jupiter|0.25|1.15
PYTH|Pyth Network|0.08|1.15
HNT|Helium|2|1.1
KSM|Kusama|9|1.05
ZRX|0x Protocol|0.17|1.05
BAT|Basic Attention Token|0.2|1
1INCH|1inch|0.17|1.05
YFI|yearn.finance|4000|1
SUSHI|SushiSwap|0.45|1.15
MINA|Mina|0.12|1.1
ROSE|Oasis Network|0.015|1.1
ZIL|Zilliqa|0.006|1.05
ANKR|Ankr|0.009|1.05
GALA|Gala|0.008|1.15
APE|ApeCoin|0.3|1.15
BLUR|Blur|0.04|1.2
ENA|Ethena|0.28|1.2
WLD|Worldcoin|0.6|1.2
TAO|Bittensor|280|1.1
POL|Polygon Ecosystem Token|0.13|1.05
HYPE|Hyperliquid|35|1.1
TRUMP|Official Trump|6|1.3
PENGU|Pudgy Penguins|0.012|1.3
FLR|Flare|0.014|1.05
XDC|XDC Network|0.05|1
IOTA|IOTA|0.11|1.05
NEO|Neo|4|1
AR|Arweave|6|1.1
GNO|Gnosis|130|0.9
RUNE|THORChain|1|1.1
CAKE|PancakeSwap|2.3|1.1
JASMY|JasmyCoin|0.01|1.2
LPT|Livepeer|4.5|1.15
AKT|Akash Network|1.1|1.15
`;

/** Fiat quote currencies: units per US dollar, and how much wider than USD they quote. */
const FIAT_QUOTES: readonly { code: string; perUsd: number; spreadFactor: number }[] = [
  { code: 'USD', perUsd: 1, spreadFactor: 1 },
  { code: 'EUR', perUsd: 0.8658, spreadFactor: 1.5 },
  { code: 'GBP', perUsd: 0.7634, spreadFactor: 2 },
  { code: 'CAD', perUsd: 1.41, spreadFactor: 2.5 },
  { code: 'AUD', perUsd: 1.5432, spreadFactor: 2.5 },
  { code: 'CHF', perUsd: 0.805, spreadFactor: 3 },
];
const QUOTE_NAMES: Readonly<Record<string, string>> = {
  USD: 'US Dollar',
  EUR: 'Euro',
  GBP: 'British Pound',
  CAD: 'Canadian Dollar',
  AUD: 'Australian Dollar',
  CHF: 'Swiss Franc',
  BTC: 'Bitcoin',
  ETH: 'Ether',
};
/** Coins quoted against BTC and ETH must be worth at least this many dollars (tick precision). */
const MIN_USD_FOR_COIN_QUOTE = 5;

interface Coin {
  code: string;
  name: string;
  usd: number;
  volatility: number;
  rank: number;
}

function coins(): Coin[] {
  return COINS.trim()
    .split('\n')
    .map((line, rank) => {
      const [code, name, usd, volatility] = line.split('|');
      return { code, name, usd: Number(usd), volatility: Number(volatility), rank };
    });
}

/** About five significant digits, never finer than 1e-8 (satoshi). */
function tickFor(price: number): number {
  return 10 ** Math.max(-8, Math.min(-2, Math.floor(Math.log10(price)) - 4));
}

/** A lot worth roughly one to ten units of the quote currency. */
function lotFor(price: number): number {
  return 10 ** Math.max(-4, Math.min(4, -Math.floor(Math.log10(price))));
}

function decimalsOf(step: number): number {
  return Math.max(0, -Math.round(Math.log10(step)));
}

function row(coin: Coin, quote: string, price: number, volatility: number, spread: number): string {
  const tick = tickFor(price);
  // Lots are counted in the coin, whatever it is quoted in.
  const lot = lotFor(coin.usd);
  const decimals = decimalsOf(tick);
  const onGrid = (Math.round(price / tick) * tick).toFixed(decimals);
  const bps = Math.round(spread * 10) / 10;
  const fields = [
    `${coin.code}-${quote}`,
    `${coin.name} / ${QUOTE_NAMES[quote]}`,
    onGrid,
    volatility,
  ];
  return [...fields, quote, tick.toFixed(decimals), lot.toFixed(decimalsOf(lot)), bps].join('|');
}

function pairRows(): string[] {
  const all = coins();
  const [btc, eth] = all;
  const rows: string[] = [];
  for (const coin of all) {
    const baseSpread = 2 + coin.rank / 8;
    for (const fiat of FIAT_QUOTES) {
      rows.push(
        row(
          coin,
          fiat.code,
          coin.usd * fiat.perUsd,
          coin.volatility,
          baseSpread * fiat.spreadFactor,
        ),
      );
    }
    if (coin.usd < MIN_USD_FOR_COIN_QUOTE) continue;
    // Against another coin the common (market) part of the move cancels out.
    for (const base of [btc, eth]) {
      if (coin.rank <= base.rank) continue;
      const volatility = Math.round(Math.max(0.3, coin.volatility * 0.75) * 100) / 100;
      rows.push(row(coin, base.code, coin.usd / base.usd, volatility, baseSpread * 3));
    }
  }
  return rows;
}

/** Rows of the pairs, minus the symbols `known` already lists (hand-tuned rows win). */
export function cryptoPairRows(known: ReadonlySet<string>): string {
  return pairRows()
    .filter((line) => !known.has(line.slice(0, line.indexOf('|'))))
    .join('\n');
}
