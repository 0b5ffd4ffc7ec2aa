import { type EquitySectorRows } from './equity-sector-rows';

export const financials: EquitySectorRows = {
  sector: 'Financials',
  volatility: 0.25,
  rows: `
BRK.B|Berkshire Hathaway Inc. Class B|505|0.16
JPM|JPMorgan Chase & Co.|305|0.22
V|Visa Inc.|335|0.18
MA|Mastercard Inc.|550|0.19
BAC|Bank of America Corp.|52|0.26
WFC|Wells Fargo & Co.|85|0.27
GS|The Goldman Sachs Group Inc.|790|0.28
MS|Morgan Stanley|160|0.27
C|Citigroup Inc.|100|0.28
AXP|American Express Co.|360|0.26
SCHW|The Charles Schwab Corp.|93|0.26
BLK|BlackRock Inc.|1050|0.24
SPGI|S&P Global Inc.|490|0.2
PGR|The Progressive Corp.|240|0.24
CB|Chubb Ltd.|290|0.18
MMC|Marsh & McLennan Companies Inc.|180|0.18
BX|Blackstone Inc.|145|0.35
KKR|KKR & Co. Inc.|120|0.4
CME|CME Group Inc.|275|0.18
ICE|Intercontinental Exchange Inc.|155|0.2
PYPL|PayPal Holdings Inc.|62|0.38
USB|U.S. Bancorp|48
PNC|The PNC Financial Services Group Inc.|185
AON|Aon plc|350|0.2
MCO|Moody's Corp.|480|0.22
COF|Capital One Financial Corp.|215|0.3
TFC|Truist Financial Corp.|45
AIG|American International Group Inc.|77
MET|MetLife Inc.|78
PRU|Prudential Financial Inc.|105
AFL|Aflac Inc.|110|0.18
ALL|The Allstate Corp.|205|0.2
TRV|The Travelers Companies Inc.|275|0.18
AJG|Arthur J. Gallagher & Co.|250|0.2
BK|The Bank of New York Mellon Corp.|108
STT|State Street Corp.|115
FIS|Fidelity National Information Services Inc.|65|0.3
FI|Fiserv Inc.|65|0.5
GPN|Global Payments Inc.|78|0.35
MSCI|MSCI Inc.|560|0.26
NDAQ|Nasdaq Inc.|88|0.22
AMP|Ameriprise Financial Inc.|450
SYF|Synchrony Financial|72|0.32
HIG|The Hartford Insurance Group Inc.|130|0.2
MTB|M&T Bank Corp.|180
FITB|Fifth Third Bancorp|42|0.28
HBAN|Huntington Bancshares Inc.|16|0.28
RF|Regions Financial Corp.|24|0.28
KEY|KeyCorp|18|0.3
CFG|Citizens Financial Group Inc.|50|0.3
NTRS|Northern Trust Corp.|125
TROW|T. Rowe Price Group Inc.|100
BEN|Franklin Resources Inc.|23|0.3
IVZ|Invesco Ltd.|23|0.35
RJF|Raymond James Financial Inc.|155
CBOE|Cboe Global Markets Inc.|250|0.18
WRB|W. R. Berkley Corp.|75|0.2
CINF|Cincinnati Financial Corp.|160|0.2
L|Loews Corp.|100|0.18
BRO|Brown & Brown Inc.|80|0.22
ACGL|Arch Capital Group Ltd.|90|0.22
EG|Everest Group Ltd.|320|0.22
COIN|Coinbase Global Inc.|270|0.8
HOOD|Robinhood Markets Inc.|125|0.8
SOFI|SoFi Technologies Inc.|27|0.7
APO|Apollo Global Management Inc.|130|0.4
ARES|Ares Management Corp.|150|0.38
ALLY|Ally Financial Inc.|38|0.35
ZION|Zions Bancorporation N.A.|53|0.35
CMA|Comerica Inc.|78|0.35
WAL|Western Alliance Bancorp.|80|0.42
EWBC|East West Bancorp Inc.|105|0.32
FHN|First Horizon Corp.|22|0.32
WBS|Webster Financial Corp.|60|0.35
CFR|Cullen/Frost Bankers Inc.|125|0.28
SNV|Synovus Financial Corp.|48|0.35
PNFP|Pinnacle Financial Partners Inc.|90|0.35
BOKF|BOK Financial Corp.|110|0.3
ONB|Old National Bancorp|21|0.32
FNB|F.N.B. Corp.|16|0.32
COLB|Columbia Banking System Inc.|27|0.38
OZK|Bank OZK|46|0.35
UMBF|UMB Financial Corp.|115|0.3
EQH|Equitable Holdings Inc.|48|0.35
VOYA|Voya Financial Inc.|72|0.3
PFG|Principal Financial Group Inc.|82|0.25
LNC|Lincoln National Corp.|40|0.4
UNM|Unum Group|75|0.25
GL|Globe Life Inc.|130|0.3
RGA|Reinsurance Group of America Inc.|190|0.25
AFG|American Financial Group Inc.|135|0.22
RLI|RLI Corp.|62|0.22
KNSL|Kinsale Capital Group Inc.|400|0.32
ERIE|Erie Indemnity Co.|330|0.3
MKL|Markel Group Inc.|2000|0.22
FAF|First American Financial Corp.|63|0.28
RNR|RenaissanceRe Holdings Ltd.|260|0.25
EVR|Evercore Inc.|320|0.38
LAZ|Lazard Inc.|50|0.38
SF|Stifel Financial Corp.|120|0.32
IBKR|Interactive Brokers Group Inc.|68|0.38
LPLA|LPL Financial Holdings Inc.|360|0.32
JEF|Jefferies Financial Group Inc.|58|0.42
MKTX|MarketAxess Holdings Inc.|175|0.3
TW|Tradeweb Markets Inc.|110|0.25
FDS|FactSet Research Systems Inc.|280|0.25
MORN|Morningstar Inc.|220|0.25
CG|The Carlyle Group Inc.|55|0.4
OWL|Blue Owl Capital Inc.|15|0.4
TPG|TPG Inc.|58|0.4
SEIC|SEI Investments Co.|82|0.25
JHG|Janus Henderson Group plc|43|0.3
AMG|Affiliated Managers Group Inc.|250|0.3
NU|Nu Holdings Ltd.|16|0.5
UPST|Upstart Holdings Inc.|45|0.8
LC|LendingClub Corp.|18|0.5
OMF|OneMain Holdings Inc.|58|0.32
SLM|SLM Corp.|27|0.3
WU|The Western Union Co.|8.5|0.25
HSBC|HSBC Holdings plc|70|0.22
UBS|UBS Group AG|38|0.28
TD|The Toronto-Dominion Bank|80|0.2
RY|Royal Bank of Canada|145|0.18
`,
};
