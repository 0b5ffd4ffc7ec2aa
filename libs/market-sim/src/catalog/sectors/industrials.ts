import { type EquitySectorRows } from './equity-sector-rows';

export const industrials: EquitySectorRows = {
  sector: 'Industrials',
  volatility: 0.26,
  rows: `
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
EME|EMCOR Group Inc.|620|0.35
FIX|Comfort Systems USA Inc.|980|0.42
MTZ|MasTec Inc.|210|0.42
ACM|AECOM|125|0.25
FLR|Fluor Corp.|45|0.4
KBR|KBR Inc.|45|0.3
SAIC|Science Applications International Corp.|100|0.3
CACI|CACI International Inc.|560|0.28
BAH|Booz Allen Hamilton Holding Corp.|85|0.35
WWD|Woodward Inc.|290|0.3
CW|Curtiss-Wright Corp.|560|0.3
HEI|HEICO Corp.|320|0.3
BWXT|BWX Technologies Inc.|190|0.38
RBC|RBC Bearings Inc.|440|0.3
TTC|The Toro Co.|72|0.28
AGCO|AGCO Corp.|105|0.35
OSK|Oshkosh Corp.|125|0.35
TEX|Terex Corp.|48|0.4
WSO|Watsco Inc.|360|0.28
AAON|AAON Inc.|95|0.45
CSL|Carlisle Companies Inc.|320|0.3
OC|Owens Corning|125|0.35
UFPI|UFP Industries Inc.|90|0.3
TREX|Trex Co. Inc.|36|0.45
AYI|Acuity Inc.|360|0.3
ITT|ITT Inc.|185|0.28
FLS|Flowserve Corp.|68|0.32
WTS|Watts Water Technologies Inc.|280|0.25
MIDD|The Middleby Corp.|120|0.32
GGG|Graco Inc.|82|0.22
LECO|Lincoln Electric Holdings Inc.|240|0.28
KNX|Knight-Swift Transportation Holdings Inc.|45|0.32
SAIA|Saia Inc.|290|0.45
XPO|XPO Inc.|140|0.42
LSTR|Landstar System Inc.|130|0.28
R|Ryder System Inc.|180|0.28
GXO|GXO Logistics Inc.|52|0.38
ALK|Alaska Air Group Inc.|45|0.42
JBLU|JetBlue Airways Corp.|4.5|0.6
SKYW|SkyWest Inc.|100|0.42
CNM|Core & Main Inc.|52|0.32
FERG|Ferguson Enterprises Inc.|250|0.28
WCC|WESCO International Inc.|250|0.38
MSA|MSA Safety Inc.|160|0.25
TNC|Tennant Co.|75|0.3
ESAB|ESAB Corp.|110|0.3
JOBY|Joby Aviation Inc.|14|0.8
ACHR|Archer Aviation Inc.|8.5|0.85
RKLB|Rocket Lab Corp.|45|0.9
KTOS|Kratos Defense & Security Solutions Inc.|75|0.55
SPR|Spirit AeroSystems Holdings Inc.|38|0.35
`,
};
