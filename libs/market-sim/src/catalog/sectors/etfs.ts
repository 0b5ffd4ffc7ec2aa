import { type EquitySectorRows } from './equity-sector-rows';

/**
 * Exchange-traded funds: they trade like shares (cent ticks, single-share lots), so they are
 * equities of their own sector rather than an asset class the wire protocol would have to add.
 */
export const etfs: EquitySectorRows = {
  sector: 'ETF',
  volatility: 0.18,
  rows: `
SPY|SPDR S&P 500 ETF Trust|670|0.16
IVV|iShares Core S&P 500 ETF|675|0.16
VOO|Vanguard S&P 500 ETF|615|0.16
QQQ|Invesco QQQ Trust|600|0.2
VTI|Vanguard Total Stock Market ETF|330|0.16
DIA|SPDR Dow Jones Industrial Average ETF Trust|470|0.15
IWM|iShares Russell 2000 ETF|245|0.22
MDY|SPDR S&P MidCap 400 ETF Trust|590|0.19
IJH|iShares Core S&P Mid-Cap ETF|64|0.19
IJR|iShares Core S&P Small-Cap ETF|118|0.22
RSP|Invesco S&P 500 Equal Weight ETF|190|0.16
SCHD|Schwab U.S. Dividend Equity ETF|27|0.14
VIG|Vanguard Dividend Appreciation ETF|215|0.14
VYM|Vanguard High Dividend Yield ETF|140|0.14
VUG|Vanguard Growth ETF|480|0.2
VTV|Vanguard Value ETF|185|0.15
IWF|iShares Russell 1000 Growth ETF|470|0.2
IWD|iShares Russell 1000 Value ETF|205|0.15
MTUM|iShares MSCI USA Momentum Factor ETF|250|0.2
QUAL|iShares MSCI USA Quality Factor ETF|195|0.16
USMV|iShares MSCI USA Min Vol Factor ETF|95|0.11
XLK|Technology Select Sector SPDR Fund|290|0.24
XLF|Financial Select Sector SPDR Fund|53|0.18
XLV|Health Care Select Sector SPDR Fund|150|0.15
XLE|Energy Select Sector SPDR Fund|90|0.24
XLI|Industrial Select Sector SPDR Fund|155|0.18
XLY|Consumer Discretionary Select Sector SPDR Fund|240|0.22
XLP|Consumer Staples Select Sector SPDR Fund|78|0.12
XLU|Utilities Select Sector SPDR Fund|85|0.16
XLB|Materials Select Sector SPDR Fund|88|0.18
XLRE|Real Estate Select Sector SPDR Fund|41|0.18
XLC|Communication Services Select Sector SPDR Fund|115|0.2
SMH|VanEck Semiconductor ETF|350|0.35
SOXX|iShares Semiconductor ETF|300|0.35
IGV|iShares Expanded Tech-Software Sector ETF|110|0.3
XBI|SPDR S&P Biotech ETF|115|0.32
IBB|iShares Biotechnology ETF|160|0.25
KRE|SPDR S&P Regional Banking ETF|62|0.3
KBE|SPDR S&P Bank ETF|58|0.28
XHB|SPDR S&P Homebuilders ETF|110|0.3
ITB|iShares U.S. Home Construction ETF|105|0.32
XRT|SPDR S&P Retail ETF|85|0.28
XOP|SPDR S&P Oil & Gas Exploration & Production ETF|130|0.32
OIH|VanEck Oil Services ETF|270|0.35
ITA|iShares U.S. Aerospace & Defense ETF|210|0.2
JETS|U.S. Global Jets ETF|26|0.3
TAN|Invesco Solar ETF|45|0.45
ICLN|iShares Global Clean Energy ETF|16|0.3
URA|Global X Uranium ETF|45|0.45
LIT|Global X Lithium & Battery Tech ETF|60|0.38
ARKK|ARK Innovation ETF|80|0.5
BOTZ|Global X Robotics & Artificial Intelligence ETF|35|0.28
CIBR|First Trust NASDAQ Cybersecurity ETF|75|0.25
HACK|Amplify Cybersecurity ETF|85|0.25
VNQ|Vanguard Real Estate ETF|91|0.18
EFA|iShares MSCI EAFE ETF|95|0.15
VEA|Vanguard FTSE Developed Markets ETF|61|0.15
IEFA|iShares Core MSCI EAFE ETF|88|0.15
EEM|iShares MSCI Emerging Markets ETF|54|0.2
VWO|Vanguard FTSE Emerging Markets ETF|54|0.18
IEMG|iShares Core MSCI Emerging Markets ETF|67|0.18
VXUS|Vanguard Total International Stock ETF|74|0.15
ACWI|iShares MSCI ACWI ETF|140|0.15
EWJ|iShares MSCI Japan ETF|82|0.18
EWG|iShares MSCI Germany ETF|42|0.2
EWU|iShares MSCI United Kingdom ETF|42|0.16
EWQ|iShares MSCI France ETF|45|0.18
EWC|iShares MSCI Canada ETF|50|0.15
EWA|iShares MSCI Australia ETF|27|0.18
EWZ|iShares MSCI Brazil ETF|31|0.3
EWW|iShares MSCI Mexico ETF|68|0.25
EWY|iShares MSCI South Korea ETF|95|0.3
EWT|iShares MSCI Taiwan ETF|65|0.25
INDA|iShares MSCI India ETF|53|0.18
FXI|iShares China Large-Cap ETF|40|0.32
MCHI|iShares MSCI China ETF|62|0.3
KWEB|KraneShares CSI China Internet ETF|38|0.4
EWH|iShares MSCI Hong Kong ETF|22|0.22
EWS|iShares MSCI Singapore ETF|28|0.16
EWP|iShares MSCI Spain ETF|48|0.2
EWI|iShares MSCI Italy ETF|52|0.22
EWL|iShares MSCI Switzerland ETF|56|0.14
EWN|iShares MSCI Netherlands ETF|55|0.2
EZA|iShares MSCI South Africa ETF|55|0.28
TUR|iShares MSCI Turkey ETF|36|0.38
VGK|Vanguard FTSE Europe ETF|80|0.16
EZU|iShares MSCI Eurozone ETF|60|0.18
AGG|iShares Core U.S. Aggregate Bond ETF|100|0.05
BND|Vanguard Total Bond Market ETF|74|0.05
TLT|iShares 20+ Year Treasury Bond ETF|89|0.14
IEF|iShares 7-10 Year Treasury Bond ETF|96|0.07
SHY|iShares 1-3 Year Treasury Bond ETF|83|0.02
BIL|SPDR Bloomberg 1-3 Month T-Bill ETF|91.5|0.01
SGOV|iShares 0-3 Month Treasury Bond ETF|100.5|0.01
TIP|iShares TIPS Bond ETF|110|0.05
LQD|iShares iBoxx $ Investment Grade Corporate Bond ETF|111|0.08
HYG|iShares iBoxx $ High Yield Corporate Bond ETF|81|0.06
JNK|SPDR Bloomberg High Yield Bond ETF|98|0.06
EMB|iShares J.P. Morgan USD Emerging Markets Bond ETF|96|0.08
MUB|iShares National Muni Bond ETF|106|0.04
BNDX|Vanguard Total International Bond ETF|49|0.04
GLD|SPDR Gold Shares|380|0.18
IAU|iShares Gold Trust|78|0.18
SLV|iShares Silver Trust|46|0.32
GDX|VanEck Gold Miners ETF|75|0.38
GDXJ|VanEck Junior Gold Miners ETF|100|0.42
USO|United States Oil Fund LP|72|0.32
UNG|United States Natural Gas Fund LP|14|0.6
DBC|Invesco DB Commodity Index Tracking Fund|23|0.18
CPER|United States Copper Index Fund|32|0.25
IBIT|iShares Bitcoin Trust ETF|52|0.55
FBTC|Fidelity Wise Origin Bitcoin Fund|80|0.55
GBTC|Grayscale Bitcoin Trust ETF|72|0.55
ETHA|iShares Ethereum Trust ETF|22|0.7
TQQQ|ProShares UltraPro QQQ|100|0.6
SQQQ|ProShares UltraPro Short QQQ|15|0.6
SPXL|Direxion Daily S&P 500 Bull 3X Shares|200|0.48
SOXL|Direxion Daily Semiconductor Bull 3X Shares|35|1
UVXY|ProShares Ultra VIX Short-Term Futures ETF|12|1
SVXY|ProShares Short VIX Short-Term Futures ETF|48|0.4
JEPI|JPMorgan Equity Premium Income ETF|57|0.1
JEPQ|JPMorgan Nasdaq Equity Premium Income ETF|58|0.14
DGRO|iShares Core Dividend Growth ETF|68|0.14
SPLG|SPDR Portfolio S&P 500 ETF|79|0.16
SCHX|Schwab U.S. Large-Cap ETF|26|0.16
SCHG|Schwab U.S. Large-Cap Growth ETF|32|0.2
`,
};
