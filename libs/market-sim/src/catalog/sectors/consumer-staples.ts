import { type EquitySectorRows } from './equity-sector-rows';

export const consumerStaples: EquitySectorRows = {
  sector: 'Consumer Staples',
  volatility: 0.2,
  rows: `
WMT|Walmart Inc.|105|0.2
COST|Costco Wholesale Corp.|900|0.2
PG|The Procter & Gamble Co.|150|0.16
KO|The Coca-Cola Co.|71|0.15
PEP|PepsiCo Inc.|148|0.17
PM|Philip Morris International Inc.|155|0.22
MO|Altria Group Inc.|58|0.18
MDLZ|Mondelez International Inc.|57
CL|Colgate-Palmolive Co.|78|0.17
TGT|Target Corp.|90|0.32
KMB|Kimberly-Clark Corp.|105
GIS|General Mills Inc.|48
KDP|Keurig Dr Pepper Inc.|27
KHC|The Kraft Heinz Co.|25
STZ|Constellation Brands Inc.|135|0.28
SYY|Sysco Corp.|76
HSY|The Hershey Co.|185|0.22
KR|The Kroger Co.|66
ADM|Archer-Daniels-Midland Co.|60|0.26
MNST|Monster Beverage Corp.|68|0.24
KVUE|Kenvue Inc.|17|0.3
CHD|Church & Dwight Co. Inc.|85
CLX|The Clorox Co.|105|0.22
MKC|McCormick & Co. Inc.|65
K|Kellanova|83|0.1
HRL|Hormel Foods Corp.|23
CAG|Conagra Brands Inc.|18
SJM|The J.M. Smucker Co.|100
TSN|Tyson Foods Inc.|53
CPB|The Campbell's Co.|30
TAP|Molson Coors Beverage Co.|45
BG|Bunge Global S.A.|95|0.26
DG|Dollar General Corp.|105|0.35
DLTR|Dollar Tree Inc.|105|0.35
EL|The Estee Lauder Companies Inc.|95|0.4
BF.B|Brown-Forman Corp. Class B|28|0.3
LW|Lamb Weston Holdings Inc.|60|0.35
CELH|Celsius Holdings Inc.|45|0.6
BJ|BJ's Wholesale Club Holdings Inc.|92|0.28
CASY|Casey's General Stores Inc.|560|0.25
PFGC|Performance Food Group Co.|100|0.28
USFD|US Foods Holding Corp.|76|0.25
SFM|Sprouts Farmers Market Inc.|95|0.38
ACI|Albertsons Companies Inc.|18|0.22
INGR|Ingredion Inc.|110|0.22
POST|Post Holdings Inc.|105|0.2
COKE|Coca-Cola Consolidated Inc.|150|0.3
FIZZ|National Beverage Corp.|36|0.28
SAM|The Boston Beer Co. Inc.|210|0.35
DAR|Darling Ingredients Inc.|36|0.4
FLO|Flowers Foods Inc.|12|0.22
LANC|Lancaster Colony Corp.|165|0.22
JJSF|J&J Snack Foods Corp.|90|0.25
SMPL|The Simply Good Foods Co.|22|0.32
FRPT|Freshpet Inc.|58|0.55
ELF|e.l.f. Beauty Inc.|80|0.6
COTY|Coty Inc.|3.5|0.5
IPAR|Interparfums Inc.|85|0.32
NWL|Newell Brands Inc.|3.8|0.55
SPB|Spectrum Brands Holdings Inc.|55|0.32
ENR|Energizer Holdings Inc.|20|0.32
EDGW|Edgewell Personal Care Co.|18|0.3
UL|Unilever plc|60|0.18
DEO|Diageo plc|95|0.25
BTI|British American Tobacco plc|55|0.22
`,
};
