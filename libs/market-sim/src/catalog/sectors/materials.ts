import { type EquitySectorRows } from './equity-sector-rows';

export const materials: EquitySectorRows = {
  sector: 'Materials',
  volatility: 0.26,
  rows: `
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
RS|Reliance Inc.|280|0.28
CLF|Cleveland-Cliffs Inc.|12|0.6
CMC|Commercial Metals Co.|60|0.38
ATI|ATI Inc.|95|0.42
CRS|Carpenter Technology Corp.|310|0.45
RPM|RPM International Inc.|110|0.25
AXTA|Axalta Coating Systems Ltd.|29|0.28
OLN|Olin Corp.|21|0.4
WLK|Westlake Corp.|65|0.35
HUN|Huntsman Corp.|9.5|0.45
CC|The Chemours Co.|11|0.55
ASH|Ashland Inc.|48|0.32
ESI|Element Solutions Inc.|25|0.32
SON|Sonoco Products Co.|42|0.25
SEE|Sealed Air Corp.|38|0.32
GPK|Graphic Packaging Holding Co.|16|0.32
CCK|Crown Holdings Inc.|98|0.25
EXP|Eagle Materials Inc.|220|0.32
KNF|Knife River Corp.|70|0.38
MP|MP Materials Corp.|60|0.8
SCCO|Southern Copper Corp.|130|0.38
GOLD|Barrick Mining Corp.|40|0.38
AEM|Agnico Eagle Mines Ltd.|165|0.35
WPM|Wheaton Precious Metals Corp.|105|0.35
FNV|Franco-Nevada Corp.|200|0.3
RGLD|Royal Gold Inc.|190|0.35
BHP|BHP Group Ltd.|56|0.28
RIO|Rio Tinto plc|70|0.28
VALE|Vale S.A.|12|0.35
`,
};
