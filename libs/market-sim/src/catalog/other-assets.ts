/**
 * FX, crypto and index rows. FX and crypto trade around the clock; the simulator applies no
 * exchange hours to any class (see docs/architecture.md, "Simulated market").
 * Row: `symbol|name|reference price|annualised volatility|currency|tick size|lot size|spread bps`.
 */
export const FX_ROWS = `
EUR/USD|Euro / US Dollar|1.155|0.075|USD|0.00001|1000|0.6
USD/JPY|US Dollar / Japanese Yen|156.5|0.1|JPY|0.001|1000|0.7
GBP/USD|British Pound / US Dollar|1.31|0.08|USD|0.00001|1000|0.8
USD/CHF|US Dollar / Swiss Franc|0.805|0.085|CHF|0.00001|1000|1
AUD/USD|Australian Dollar / US Dollar|0.648|0.1|USD|0.00001|1000|1
USD/CAD|US Dollar / Canadian Dollar|1.41|0.065|CAD|0.00001|1000|1
NZD/USD|New Zealand Dollar / US Dollar|0.565|0.105|USD|0.00001|1000|1.4
EUR/GBP|Euro / British Pound|0.88|0.06|GBP|0.00001|1000|1.1
EUR/JPY|Euro / Japanese Yen|180.8|0.095|JPY|0.001|1000|1.2
GBP/JPY|British Pound / Japanese Yen|205|0.11|JPY|0.001|1000|1.6
EUR/CHF|Euro / Swiss Franc|0.93|0.06|CHF|0.00001|1000|1.4
AUD/JPY|Australian Dollar / Japanese Yen|101.5|0.13|JPY|0.001|1000|1.8
EUR/AUD|Euro / Australian Dollar|1.78|0.085|AUD|0.00001|1000|1.8
EUR/CAD|Euro / Canadian Dollar|1.63|0.07|CAD|0.00001|1000|1.8
GBP/CHF|British Pound / Swiss Franc|1.055|0.08|CHF|0.00001|1000|2
CAD/JPY|Canadian Dollar / Japanese Yen|111|0.11|JPY|0.001|1000|2
CHF/JPY|Swiss Franc / Japanese Yen|194|0.1|JPY|0.001|1000|2
AUD/NZD|Australian Dollar / New Zealand Dollar|1.145|0.06|NZD|0.00001|1000|2
USD/SEK|US Dollar / Swedish Krona|9.5|0.1|SEK|0.0001|1000|3
USD/NOK|US Dollar / Norwegian Krone|10.15|0.11|NOK|0.0001|1000|3
USD/MXN|US Dollar / Mexican Peso|18.4|0.13|MXN|0.0001|1000|3
USD/SGD|US Dollar / Singapore Dollar|1.305|0.05|SGD|0.00001|1000|2
USD/HKD|US Dollar / Hong Kong Dollar|7.78|0.01|HKD|0.0001|1000|1
USD/ZAR|US Dollar / South African Rand|17.3|0.16|ZAR|0.0001|1000|5
USD/CNH|US Dollar / Offshore Chinese Yuan|7.1|0.04|CNH|0.0001|1000|2
`;

export const CRYPTO_ROWS = `
BTC-USD|Bitcoin|90000|0.55|USD|0.01|0.0001|1
ETH-USD|Ether|3000|0.7|USD|0.01|0.001|1.5
SOL-USD|Solana|135|0.85|USD|0.01|0.01|3
XRP-USD|XRP|2.1|0.8|USD|0.0001|1|3
BNB-USD|BNB|880|0.6|USD|0.01|0.001|3
DOGE-USD|Dogecoin|0.15|0.9|USD|0.00001|10|4
ADA-USD|Cardano|0.42|0.9|USD|0.0001|10|5
AVAX-USD|Avalanche|14|0.95|USD|0.001|0.1|5
LINK-USD|Chainlink|13|0.9|USD|0.001|0.1|5
DOT-USD|Polkadot|2.5|0.95|USD|0.0001|1|6
LTC-USD|Litecoin|85|0.8|USD|0.01|0.01|5
BCH-USD|Bitcoin Cash|520|0.75|USD|0.01|0.001|6
XLM-USD|Stellar|0.25|0.85|USD|0.00001|10|6
TRX-USD|TRON|0.28|0.6|USD|0.00001|10|6
UNI-USD|Uniswap|6.5|1|USD|0.001|1|8
ATOM-USD|Cosmos|2.6|0.95|USD|0.0001|1|8
NEAR-USD|NEAR Protocol|2|1|USD|0.0001|1|8
AAVE-USD|Aave|170|1|USD|0.01|0.01|8
ETC-USD|Ethereum Classic|13|0.9|USD|0.001|0.1|8
HBAR-USD|Hedera|0.14|0.95|USD|0.00001|10|8
SUI-USD|Sui|1.6|1.1|USD|0.0001|1|8
`;

export const INDEX_ROWS = `
SPX|S&P 500|6700|0.16|USD|0.01|1|0.5
NDX|Nasdaq-100|24500|0.2|USD|0.01|1|0.5
DJI|Dow Jones Industrial Average|47000|0.15|USD|0.01|1|0.5
RUT|Russell 2000|2450|0.22|USD|0.01|1|1
UKX|FTSE 100|9600|0.14|GBP|0.01|1|1
DAX|DAX 40|23500|0.18|EUR|0.01|1|1
N225|Nikkei 225|49500|0.22|JPY|0.01|1|1
HSI|Hang Seng Index|25800|0.25|HKD|0.01|1|1.5
COMP|Nasdaq Composite|23000|0.2|USD|0.01|1|0.5
RUI|Russell 1000|3700|0.16|USD|0.01|1|1
MID|S&P MidCap 400|3250|0.19|USD|0.01|1|1
SML|S&P SmallCap 600|1450|0.22|USD|0.01|1|1
NYA|NYSE Composite|21500|0.14|USD|0.01|1|1
W5000|Wilshire 5000|66000|0.16|USD|0.01|1|1.5
DJT|Dow Jones Transportation Average|16000|0.22|USD|0.01|1|1
DJU|Dow Jones Utility Average|1100|0.16|USD|0.01|1|1
SOX|PHLX Semiconductor Index|7000|0.35|USD|0.01|1|1
VIX|CBOE Volatility Index|17|0.9|USD|0.01|1|5
SX5E|EURO STOXX 50|5700|0.17|EUR|0.01|1|1
PX1|CAC 40|8100|0.17|EUR|0.01|1|1
IBEX|IBEX 35|16000|0.18|EUR|0.01|1|1.5
FTSEMIB|FTSE MIB|43000|0.2|EUR|0.01|1|1.5
AEX|AEX|950|0.16|EUR|0.01|1|1.5
BEL20|BEL 20|4900|0.15|EUR|0.01|1|2
ATX|ATX|4700|0.17|EUR|0.01|1|2
SMI|Swiss Market Index|12900|0.14|CHF|0.01|1|1
OMXS30|OMX Stockholm 30|2700|0.17|SEK|0.01|1|1.5
WIG20|WIG20|2900|0.2|PLN|0.01|1|2
XU100|BIST 100|10800|0.3|TRY|0.01|1|3
TA35|TA-35|3400|0.18|ILS|0.01|1|2
TSX|S&P/TSX Composite|31000|0.13|CAD|0.01|1|1
XJO|S&P/ASX 200|8600|0.14|AUD|0.01|1|1
NZ50|S&P/NZX 50|13400|0.12|NZD|0.01|1|2
TPX|TOPIX|3300|0.18|JPY|0.01|1|1
KOSPI|KOSPI|3900|0.22|KRW|0.01|1|1.5
TWII|TAIEX|27000|0.2|TWD|0.01|1|1.5
NIFTY|Nifty 50|26000|0.14|INR|0.01|1|1.5
SENSEX|BSE Sensex|85000|0.14|INR|0.01|1|1.5
SHCOMP|Shanghai Composite|3900|0.2|CNY|0.01|1|2
CSI300|CSI 300|4600|0.2|CNY|0.01|1|2
HSCEI|Hang Seng China Enterprises Index|9100|0.27|HKD|0.01|1|1.5
STI|Straits Times Index|4500|0.12|SGD|0.01|1|2
IBOV|Ibovespa|155000|0.2|BRL|0.01|1|2
MXX|S&P/BMV IPC|62000|0.17|MXN|0.01|1|2
`;

/** Non-equity symbols on the free (`public`) tier. */
export const PUBLIC_OTHERS: ReadonlySet<string> = new Set([
  'EUR/USD',
  'USD/JPY',
  'GBP/USD',
  'BTC-USD',
  'ETH-USD',
  'SOL-USD',
  'SPX',
  'NDX',
  'DJI',
]);
