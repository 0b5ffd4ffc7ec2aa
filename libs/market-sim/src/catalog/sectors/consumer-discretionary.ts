import { type EquitySectorRows } from './equity-sector-rows';

export const consumerDiscretionary: EquitySectorRows = {
  sector: 'Consumer Discretionary',
  volatility: 0.3,
  rows: `
AMZN|Amazon.com Inc.|230|0.32
TSLA|Tesla Inc.|400|0.6
HD|The Home Depot Inc.|350|0.22
MCD|McDonald's Corp.|300|0.17
BKNG|Booking Holdings Inc.|5000
LOW|Lowe's Companies Inc.|240|0.24
TJX|The TJX Companies Inc.|150|0.2
SBUX|Starbucks Corp.|85
NKE|Nike Inc.|63|0.35
ORLY|O'Reilly Automotive Inc.|95|0.22
MAR|Marriott International Inc.|280
HLT|Hilton Worldwide Holdings Inc.|270
CMG|Chipotle Mexican Grill Inc.|32|0.4
ABNB|Airbnb Inc.|120|0.4
GM|General Motors Co.|70|0.35
F|Ford Motor Co.|13|0.35
AZO|AutoZone Inc.|3900|0.22
ROST|Ross Stores Inc.|160
DHI|D.R. Horton Inc.|150|0.35
LEN|Lennar Corp.|120|0.35
YUM|Yum! Brands Inc.|150|0.18
RCL|Royal Caribbean Cruises Ltd.|260|0.45
CCL|Carnival Corp.|26|0.45
NCLH|Norwegian Cruise Line Holdings Ltd.|19|0.5
EBAY|eBay Inc.|80
TSCO|Tractor Supply Co.|53
GRMN|Garmin Ltd.|200
LULU|Lululemon Athletica Inc.|170|0.45
DECK|Deckers Outdoor Corp.|85|0.45
EXPE|Expedia Group Inc.|260|0.45
DRI|Darden Restaurants Inc.|175|0.22
PHM|PulteGroup Inc.|120|0.35
NVR|NVR Inc.|7300
ULTA|Ulta Beauty Inc.|520
APTV|Aptiv plc|75|0.38
BBY|Best Buy Co. Inc.|75|0.35
GPC|Genuine Parts Co.|125|0.25
POOL|Pool Corp.|250
LVS|Las Vegas Sands Corp.|65|0.35
WYNN|Wynn Resorts Ltd.|120|0.4
MGM|MGM Resorts International|33|0.4
KMX|CarMax Inc.|33|0.45
HAS|Hasbro Inc.|80
TPR|Tapestry Inc.|105|0.38
RL|Ralph Lauren Corp.|340|0.35
DPZ|Domino's Pizza Inc.|410|0.24
LKQ|LKQ Corp.|30
BWA|BorgWarner Inc.|42|0.35
MHK|Mohawk Industries Inc.|110|0.35
CZR|Caesars Entertainment Inc.|22|0.5
RIVN|Rivian Automotive Inc.|15|0.65
LCID|Lucid Group Inc.|15|0.7
UBER|Uber Technologies Inc.|90|0.4
DASH|DoorDash Inc.|200|0.45
ETSY|Etsy Inc.|55|0.5
W|Wayfair Inc.|95|0.7
CVNA|Carvana Co.|330|0.7
WSM|Williams-Sonoma Inc.|180|0.38
BURL|Burlington Stores Inc.|260|0.35
GME|GameStop Corp.|22|0.8
BABA|Alibaba Group Holding Ltd.|160|0.45
PDD|PDD Holdings Inc.|120|0.5
JD|JD.com Inc.|30|0.42
MELI|MercadoLibre Inc.|2050|0.38
CPNG|Coupang Inc.|28|0.4
TCOM|Trip.com Group Ltd.|70|0.38
YUMC|Yum China Holdings Inc.|45|0.32
LI|Li Auto Inc.|20|0.6
NIO|NIO Inc.|6|0.75
XPEV|XPeng Inc.|21|0.75
TOL|Toll Brothers Inc.|130|0.35
KBH|KB Home|62|0.38
MTH|Meritage Homes Corp.|70|0.38
TMHC|Taylor Morrison Home Corp.|60|0.38
BFAM|Bright Horizons Family Solutions Inc.|105|0.28
SCI|Service Corp. International|80|0.22
H|Hyatt Hotels Corp.|150|0.32
WH|Wyndham Hotels & Resorts Inc.|75|0.28
CHH|Choice Hotels International Inc.|95|0.28
TXRH|Texas Roadhouse Inc.|170|0.28
WING|Wingstop Inc.|250|0.45
CAVA|CAVA Group Inc.|50|0.6
SHAK|Shake Shack Inc.|90|0.5
DKS|Dick's Sporting Goods Inc.|215|0.35
ANF|Abercrombie & Fitch Co.|85|0.55
AEO|American Eagle Outfitters Inc.|20|0.5
GAP|The Gap Inc.|24|0.45
URBN|Urban Outfitters Inc.|70|0.42
VFC|V.F. Corp.|16|0.5
PVH|PVH Corp.|80|0.42
CROX|Crocs Inc.|85|0.5
SKX|Skechers U.S.A. Inc.|63|0.35
ONON|On Holding AG|42|0.5
BIRK|Birkenstock Holding plc|45|0.45
LEVI|Levi Strauss & Co.|22|0.4
HOG|Harley-Davidson Inc.|26|0.42
THO|Thor Industries Inc.|105|0.38
LCII|LCI Industries|100|0.38
ALV|Autoliv Inc.|120|0.3
LEA|Lear Corp.|110|0.35
GNTX|Gentex Corp.|24|0.3
MUSA|Murphy USA Inc.|380|0.28
AN|AutoNation Inc.|200|0.35
LAD|Lithia Motors Inc.|320|0.38
PENN|PENN Entertainment Inc.|15|0.5
DKNG|DraftKings Inc.|32|0.55
CHWY|Chewy Inc.|35|0.5
PLNT|Planet Fitness Inc.|100|0.35
VVV|Valvoline Inc.|32|0.32
FIVE|Five Below Inc.|160|0.45
OLLI|Ollie's Bargain Outlet Holdings Inc.|120|0.38
RH|RH|160|0.6
M|Macy's Inc.|21|0.45
KSS|Kohl's Corp.|22|0.65
`,
};
