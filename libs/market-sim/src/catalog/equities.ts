/**
 * US equities by sector, roughly by market capitalisation within each sector.
 * Row: `symbol|name|reference price in USD[|annualised volatility]`; without a volatility the
 * sector's applies. Prices are plausible late-2025 levels, not quotes.
 */
export interface EquitySectorRows {
  sector: string;
  volatility: number;
  rows: string;
}

const TECHNOLOGY = `
AAPL|Apple Inc.|270|0.26
MSFT|Microsoft Corp.|480|0.24
NVDA|NVIDIA Corp.|180|0.5
AVGO|Broadcom Inc.|340|0.45
ORCL|Oracle Corp.|220|0.45
CRM|Salesforce Inc.|235
ADBE|Adobe Inc.|330
AMD|Advanced Micro Devices Inc.|220|0.55
CSCO|Cisco Systems Inc.|75|0.24
ACN|Accenture plc|250
IBM|International Business Machines Corp.|300|0.26
INTU|Intuit Inc.|650
NOW|ServiceNow Inc.|850
QCOM|Qualcomm Inc.|170
TXN|Texas Instruments Inc.|160
AMAT|Applied Materials Inc.|225|0.42
MU|Micron Technology Inc.|220|0.55
LRCX|Lam Research Corp.|150|0.45
KLAC|KLA Corp.|1150|0.4
ADI|Analog Devices Inc.|240
PANW|Palo Alto Networks Inc.|195
ANET|Arista Networks Inc.|135|0.45
SNPS|Synopsys Inc.|430
CDNS|Cadence Design Systems Inc.|320
INTC|Intel Corp.|37|0.5
APH|Amphenol Corp.|135
MSI|Motorola Solutions Inc.|380|0.22
CRWD|CrowdStrike Holdings Inc.|520|0.5
FTNT|Fortinet Inc.|85
ADSK|Autodesk Inc.|300
ROP|Roper Technologies Inc.|450|0.2
WDAY|Workday Inc.|235
NXPI|NXP Semiconductors N.V.|200|0.4
MCHP|Microchip Technology Inc.|55|0.42
TEL|TE Connectivity plc|230
IT|Gartner Inc.|240
GLW|Corning Inc.|85
CTSH|Cognizant Technology Solutions Corp.|75|0.24
DELL|Dell Technologies Inc.|130|0.45
HPQ|HP Inc.|25
HPE|Hewlett Packard Enterprise Co.|23|0.4
MPWR|Monolithic Power Systems Inc.|950|0.5
KEYS|Keysight Technologies Inc.|180
ON|ON Semiconductor Corp.|50|0.5
FICO|Fair Isaac Corp.|1700|0.4
CDW|CDW Corp.|150
TYL|Tyler Technologies Inc.|480
NTAP|NetApp Inc.|110
STX|Seagate Technology Holdings plc|260|0.5
WDC|Western Digital Corp.|150|0.55
TER|Teradyne Inc.|170|0.5
ZBRA|Zebra Technologies Corp.|260
SWKS|Skyworks Solutions Inc.|65|0.4
AKAM|Akamai Technologies Inc.|80
FFIV|F5 Inc.|240
GEN|Gen Digital Inc.|27
JBL|Jabil Inc.|200|0.4
TRMB|Trimble Inc.|80
PTC|PTC Inc.|180
VRSN|VeriSign Inc.|250|0.22
EPAM|EPAM Systems Inc.|170|0.4
ENPH|Enphase Energy Inc.|30|0.65
FSLR|First Solar Inc.|250|0.5
SMCI|Super Micro Computer Inc.|35|0.7
PLTR|Palantir Technologies Inc.|170|0.65
APP|AppLovin Corp.|600|0.7
SNOW|Snowflake Inc.|250|0.5
DDOG|Datadog Inc.|160|0.5
NET|Cloudflare Inc.|200|0.55
ZS|Zscaler Inc.|250|0.45
TEAM|Atlassian Corp.|150|0.5
MDB|MongoDB Inc.|330|0.55
SHOP|Shopify Inc.|150|0.5
MRVL|Marvell Technology Inc.|85|0.55
ARM|Arm Holdings plc|140|0.6
TSM|Taiwan Semiconductor Manufacturing Co. Ltd.|290|0.38
ASML|ASML Holding N.V.|1000|0.38
SAP|SAP SE|240
U|Unity Software Inc.|35|0.65
HUBS|HubSpot Inc.|380|0.45
OKTA|Okta Inc.|85|0.4
DOCU|DocuSign Inc.|70|0.4
TWLO|Twilio Inc.|105|0.45
GDDY|GoDaddy Inc.|130
PSTG|Pure Storage Inc.|85|0.5
COHR|Coherent Corp.|130|0.55
FLEX|Flex Ltd.|60|0.4
IONQ|IonQ Inc.|45|0.9
ZM|Zoom Communications Inc.|80
`;

const COMMUNICATION = `
GOOGL|Alphabet Inc. Class A|300
GOOG|Alphabet Inc. Class C|300
META|Meta Platforms Inc.|600|0.38
NFLX|Netflix Inc.|110|0.35
DIS|The Walt Disney Co.|105|0.25
CMCSA|Comcast Corp.|27|0.25
VZ|Verizon Communications Inc.|41|0.18
T|AT&T Inc.|25|0.18
TMUS|T-Mobile US Inc.|210|0.22
CHTR|Charter Communications Inc.|200|0.35
EA|Electronic Arts Inc.|200|0.15
TTWO|Take-Two Interactive Software Inc.|240
WBD|Warner Bros. Discovery Inc.|23|0.5
OMC|Omnicom Group Inc.|75|0.24
LYV|Live Nation Entertainment Inc.|140
MTCH|Match Group Inc.|33|0.35
FOXA|Fox Corp. Class A|60|0.25
FOX|Fox Corp. Class B|55|0.25
NWSA|News Corp. Class A|26|0.25
PSKY|Paramount Skydance Corp.|16|0.5
SPOT|Spotify Technology S.A.|600|0.45
RBLX|Roblox Corp.|100|0.55
PINS|Pinterest Inc.|26|0.45
SNAP|Snap Inc.|8|0.6
RDDT|Reddit Inc.|200|0.7
ROKU|Roku Inc.|100|0.5
TTD|The Trade Desk Inc.|40|0.6
SIRI|Sirius XM Holdings Inc.|21|0.35
`;

const CONSUMER_DISCRETIONARY = `
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
`;

const CONSUMER_STAPLES = `
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
`;

const ENERGY = `
XOM|Exxon Mobil Corp.|118|0.22
CVX|Chevron Corp.|155|0.22
COP|ConocoPhillips|90
EOG|EOG Resources Inc.|108
SLB|SLB N.V.|36|0.32
PSX|Phillips 66|135
MPC|Marathon Petroleum Corp.|190|0.3
VLO|Valero Energy Corp.|175|0.3
OXY|Occidental Petroleum Corp.|42|0.3
WMB|The Williams Companies Inc.|60|0.22
KMI|Kinder Morgan Inc.|27|0.22
OKE|ONEOK Inc.|72|0.25
BKR|Baker Hughes Co.|48
HAL|Halliburton Co.|26|0.35
DVN|Devon Energy Corp.|34|0.32
FANG|Diamondback Energy Inc.|150|0.3
CTRA|Coterra Energy Inc.|26
EQT|EQT Corp.|55|0.35
TRGP|Targa Resources Corp.|170|0.26
APA|APA Corp.|24|0.4
EXE|Expand Energy Corp.|110|0.32
TPL|Texas Pacific Land Corp.|900|0.4
LNG|Cheniere Energy Inc.|210|0.24
ET|Energy Transfer LP|17|0.2
EPD|Enterprise Products Partners L.P.|31|0.16
CCJ|Cameco Corp.|80|0.45
`;

const FINANCIALS = `
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
`;

const HEALTH_CARE = `
LLY|Eli Lilly and Co.|1000|0.35
UNH|UnitedHealth Group Inc.|330|0.35
JNJ|Johnson & Johnson|200|0.16
ABBV|AbbVie Inc.|225|0.22
MRK|Merck & Co. Inc.|100|0.24
TMO|Thermo Fisher Scientific Inc.|590
ABT|Abbott Laboratories|128|0.2
ISRG|Intuitive Surgical Inc.|560|0.32
DHR|Danaher Corp.|225
PFE|Pfizer Inc.|25|0.22
AMGN|Amgen Inc.|340|0.22
BSX|Boston Scientific Corp.|100|0.24
SYK|Stryker Corp.|370|0.2
GILD|Gilead Sciences Inc.|125|0.22
VRTX|Vertex Pharmaceuticals Inc.|440|0.26
MDT|Medtronic plc|100|0.2
BMY|Bristol-Myers Squibb Co.|48|0.25
ELV|Elevance Health Inc.|330|0.32
CI|The Cigna Group|270|0.28
REGN|Regeneron Pharmaceuticals Inc.|720|0.35
ZTS|Zoetis Inc.|125
CVS|CVS Health Corp.|78|0.32
BDX|Becton Dickinson and Co.|190|0.22
HCA|HCA Healthcare Inc.|500|0.28
MCK|McKesson Corp.|850|0.22
COR|Cencora Inc.|350|0.2
EW|Edwards Lifesciences Corp.|85|0.3
IDXX|IDEXX Laboratories Inc.|720|0.3
A|Agilent Technologies Inc.|150
IQV|IQVIA Holdings Inc.|220|0.3
GEHC|GE HealthCare Technologies Inc.|75
HUM|Humana Inc.|240|0.4
RMD|ResMed Inc.|255
DXCM|DexCom Inc.|60|0.5
CNC|Centene Corp.|38|0.5
BIIB|Biogen Inc.|160|0.3
MTD|Mettler-Toledo International Inc.|1400
WAT|Waters Corp.|380
ZBH|Zimmer Biomet Holdings Inc.|95
STE|Steris plc|250|0.2
BAX|Baxter International Inc.|18|0.4
LH|Labcorp Holdings Inc.|265|0.22
DGX|Quest Diagnostics Inc.|185|0.2
HOLX|Hologic Inc.|75
PODD|Insulet Corp.|330|0.4
ALGN|Align Technology Inc.|135|0.45
MRNA|Moderna Inc.|25|0.7
INCY|Incyte Corp.|100|0.35
TECH|Bio-Techne Corp.|60|0.38
CRL|Charles River Laboratories International Inc.|175|0.4
MOH|Molina Healthcare Inc.|150|0.5
UHS|Universal Health Services Inc.|230|0.32
DVA|DaVita Inc.|125|0.3
VTRS|Viatris Inc.|11|0.32
SOLV|Solventum Corp.|80|0.3
HSIC|Henry Schein Inc.|75
RVTY|Revvity Inc.|95|0.32
COO|The Cooper Companies Inc.|75|0.32
`;

const INDUSTRIALS = `
GE|GE Aerospace|300|0.3
CAT|Caterpillar Inc.|560|0.3
RTX|RTX Corp.|175|0.22
HON|Honeywell International Inc.|195|0.2
UNP|Union Pacific Corp.|225|0.2
ETN|Eaton Corp. plc|360|0.35
BA|The Boeing Co.|200|0.35
DE|Deere & Co.|480
LMT|Lockheed Martin Corp.|470|0.2
UPS|United Parcel Service Inc.|95|0.3
ADP|Automatic Data Processing Inc.|255|0.18
GD|General Dynamics Corp.|340|0.18
NOC|Northrop Grumman Corp.|570|0.2
WM|Waste Management Inc.|215|0.17
ITW|Illinois Tool Works Inc.|250|0.2
MMM|3M Co.|170
TT|Trane Technologies plc|420|0.3
PH|Parker-Hannifin Corp.|820|0.3
EMR|Emerson Electric Co.|130
CSX|CSX Corp.|35|0.22
NSC|Norfolk Southern Corp.|285|0.22
FDX|FedEx Corp.|270|0.32
PCAR|PACCAR Inc.|100
CTAS|Cintas Corp.|185|0.22
JCI|Johnson Controls International plc|115
CARR|Carrier Global Corp.|55|0.32
GWW|W.W. Grainger Inc.|950|0.22
CMI|Cummins Inc.|480
PWR|Quanta Services Inc.|440|0.38
URI|United Rentals Inc.|800|0.35
OTIS|Otis Worldwide Corp.|90|0.2
FAST|Fastenal Co.|41|0.22
AME|AMETEK Inc.|200|0.22
RSG|Republic Services Inc.|215|0.17
VRSK|Verisk Analytics Inc.|220|0.22
ODFL|Old Dominion Freight Line Inc.|140|0.32
PAYX|Paychex Inc.|115|0.2
CPRT|Copart Inc.|40
IR|Ingersoll Rand Inc.|78|0.3
ROK|Rockwell Automation Inc.|380|0.3
DAL|Delta Air Lines Inc.|60|0.4
UAL|United Airlines Holdings Inc.|100|0.45
LUV|Southwest Airlines Co.|32|0.35
AAL|American Airlines Group Inc.|14|0.5
LHX|L3Harris Technologies Inc.|290|0.22
HWM|Howmet Aerospace Inc.|210|0.32
AXON|Axon Enterprise Inc.|550|0.45
GEV|GE Vernova Inc.|600|0.45
TDG|TransDigm Group Inc.|1300
XYL|Xylem Inc.|145
DOV|Dover Corp.|180
WAB|Westinghouse Air Brake Technologies Corp.|200
HUBB|Hubbell Inc.|420|0.32
VLTO|Veralto Corp.|100|0.2
EFX|Equifax Inc.|210|0.3
BR|Broadridge Financial Solutions Inc.|230|0.2
LDOS|Leidos Holdings Inc.|190
J|Jacobs Solutions Inc.|150
TXT|Textron Inc.|80
SNA|Snap-on Inc.|340|0.22
PNR|Pentair plc|105
IEX|IDEX Corp.|170
NDSN|Nordson Corp.|230
MAS|Masco Corp.|65|0.3
SWK|Stanley Black & Decker Inc.|70|0.35
CHRW|C.H. Robinson Worldwide Inc.|150|0.3
EXPD|Expeditors International of Washington Inc.|145|0.22
JBHT|J.B. Hunt Transport Services Inc.|170|0.3
ALLE|Allegion plc|160|0.22
AOS|A. O. Smith Corp.|65
GNRC|Generac Holdings Inc.|160|0.45
DAY|Dayforce Inc.|69|0.15
ROL|Rollins Inc.|58|0.18
LII|Lennox International Inc.|480|0.3
BLDR|Builders FirstSource Inc.|110|0.4
HII|Huntington Ingalls Industries Inc.|300|0.28
VRT|Vertiv Holdings Co.|170|0.55
`;

const MATERIALS = `
LIN|Linde plc|420|0.18
SHW|The Sherwin-Williams Co.|340|0.24
APD|Air Products and Chemicals Inc.|250
ECL|Ecolab Inc.|270|0.2
FCX|Freeport-McMoRan Inc.|42|0.4
NEM|Newmont Corp.|85|0.4
DOW|Dow Inc.|22|0.4
DD|DuPont de Nemours Inc.|40|0.3
PPG|PPG Industries Inc.|100
NUE|Nucor Corp.|150|0.32
VMC|Vulcan Materials Co.|290
MLM|Martin Marietta Materials Inc.|620
CTVA|Corteva Inc.|65
IFF|International Flavors & Fragrances Inc.|65|0.3
LYB|LyondellBasell Industries N.V.|47|0.35
BALL|Ball Corp.|50
PKG|Packaging Corp. of America|200
IP|International Paper Co.|40|0.35
AMCR|Amcor plc|8.5
AVY|Avery Dennison Corp.|175|0.22
CF|CF Industries Holdings Inc.|80|0.32
MOS|The Mosaic Co.|26|0.4
STLD|Steel Dynamics Inc.|160|0.35
CE|Celanese Corp.|42|0.45
ALB|Albemarle Corp.|110|0.55
EMN|Eastman Chemical Co.|60|0.3
SW|Smurfit Westrock plc|36|0.32
AA|Alcoa Corp.|38|0.45
`;

const REAL_ESTATE = `
PLD|Prologis Inc.|125
AMT|American Tower Corp.|180
EQIX|Equinix Inc.|750
WELL|Welltower Inc.|200|0.22
SPG|Simon Property Group Inc.|180
O|Realty Income Corp.|57|0.18
PSA|Public Storage|280|0.2
CCI|Crown Castle Inc.|95
DLR|Digital Realty Trust Inc.|160|0.3
VICI|VICI Properties Inc.|30|0.18
CBRE|CBRE Group Inc.|155|0.28
EXR|Extra Space Storage Inc.|135
AVB|AvalonBay Communities Inc.|180|0.2
EQR|Equity Residential|60|0.2
IRM|Iron Mountain Inc.|95|0.35
VTR|Ventas Inc.|75
SBAC|SBA Communications Corp.|195
WY|Weyerhaeuser Co.|22
ARE|Alexandria Real Estate Equities Inc.|55|0.4
INVH|Invitation Homes Inc.|28|0.2
MAA|Mid-America Apartment Communities Inc.|130|0.2
ESS|Essex Property Trust Inc.|255|0.2
KIM|Kimco Realty Corp.|20
DOC|Healthpeak Properties Inc.|18|0.26
HST|Host Hotels & Resorts Inc.|17|0.28
UDR|UDR Inc.|35|0.2
CPT|Camden Property Trust|105|0.2
REG|Regency Centers Corp.|70|0.2
BXP|BXP Inc.|70|0.32
FRT|Federal Realty Investment Trust|98|0.22
CSGP|CoStar Group Inc.|68|0.32
`;

const UTILITIES = `
NEE|NextEra Energy Inc.|85|0.24
SO|The Southern Co.|90
DUK|Duke Energy Corp.|120
CEG|Constellation Energy Corp.|350|0.5
SRE|Sempra|90|0.22
AEP|American Electric Power Co. Inc.|120
D|Dominion Energy Inc.|60
EXC|Exelon Corp.|45
PCG|PG&E Corp.|16|0.3
XEL|Xcel Energy Inc.|80
ED|Consolidated Edison Inc.|100|0.16
PEG|Public Service Enterprise Group Inc.|82|0.22
WEC|WEC Energy Group Inc.|115
EIX|Edison International|58|0.3
ETR|Entergy Corp.|95|0.22
DTE|DTE Energy Co.|135
PPL|PPL Corp.|36
AEE|Ameren Corp.|105
FE|FirstEnergy Corp.|46
ES|Eversource Energy|68|0.22
CNP|CenterPoint Energy Inc.|39
CMS|CMS Energy Corp.|74
ATO|Atmos Energy Corp.|175|0.17
NI|NiSource Inc.|43
LNT|Alliant Energy Corp.|68
EVRG|Evergy Inc.|77
AWK|American Water Works Co. Inc.|130|0.2
PNW|Pinnacle West Capital Corp.|90
AES|The AES Corp.|14|0.35
NRG|NRG Energy Inc.|165|0.45
VST|Vistra Corp.|185|0.5
TLN|Talen Energy Corp.|380|0.5
`;

export const EQUITY_SECTORS: readonly EquitySectorRows[] = [
  { sector: 'Technology', volatility: 0.32, rows: TECHNOLOGY },
  { sector: 'Communication Services', volatility: 0.3, rows: COMMUNICATION },
  { sector: 'Consumer Discretionary', volatility: 0.3, rows: CONSUMER_DISCRETIONARY },
  { sector: 'Consumer Staples', volatility: 0.2, rows: CONSUMER_STAPLES },
  { sector: 'Energy', volatility: 0.28, rows: ENERGY },
  { sector: 'Financials', volatility: 0.25, rows: FINANCIALS },
  { sector: 'Health Care', volatility: 0.26, rows: HEALTH_CARE },
  { sector: 'Industrials', volatility: 0.26, rows: INDUSTRIALS },
  { sector: 'Materials', volatility: 0.26, rows: MATERIALS },
  { sector: 'Real Estate', volatility: 0.24, rows: REAL_ESTATE },
  { sector: 'Utilities', volatility: 0.19, rows: UTILITIES },
];

/** Tickers quoted on the free (`public`) tier. */
export const PUBLIC_EQUITIES: ReadonlySet<string> = new Set([
  'AAPL',
  'MSFT',
  'NVDA',
  'AMZN',
  'GOOGL',
  'META',
  'TSLA',
  'JPM',
  'XOM',
  'JNJ',
  'V',
  'WMT',
]);
