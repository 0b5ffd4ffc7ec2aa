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
`,
};
