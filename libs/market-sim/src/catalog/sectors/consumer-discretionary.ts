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
`,
};
