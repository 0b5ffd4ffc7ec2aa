import { type EquitySectorRows } from './equity-sector-rows';

export const energy: EquitySectorRows = {
  sector: 'Energy',
  volatility: 0.28,
  rows: `
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
FTI|TechnipFMC plc|44|0.32
NOV|NOV Inc.|15|0.35
CHRD|Chord Energy Corp.|95|0.35
PR|Permian Resources Corp.|13|0.35
OVV|Ovintiv Inc.|40|0.38
MTDR|Matador Resources Co.|42|0.38
RRC|Range Resources Corp.|37|0.38
AR|Antero Resources Corp.|34|0.42
CNX|CNX Resources Corp.|35|0.35
CIVI|Civitas Resources Inc.|28|0.42
DINO|HF Sinclair Corp.|55|0.38
PBF|PBF Energy Inc.|33|0.55
CVI|CVR Energy Inc.|33|0.45
WES|Western Midstream Partners LP|39|0.22
PAA|Plains All American Pipeline L.P.|17|0.22
MPLX|MPLX LP|52|0.18
AM|Antero Midstream Corp.|18|0.25
DTM|DT Midstream Inc.|115|0.22
WHD|Cactus Inc.|40|0.38
NE|Noble Corp. plc|30|0.42
RIG|Transocean Ltd.|4.2|0.6
VAL|Valaris Ltd.|55|0.5
LBRT|Liberty Energy Inc.|17|0.5
UEC|Uranium Energy Corp.|13|0.75
SHEL|Shell plc|74|0.22
BP|BP plc|37|0.25
TTE|TotalEnergies SE|65|0.22
`,
};
