import { type EquitySectorRows } from './equity-sector-rows';

export const healthCare: EquitySectorRows = {
  sector: 'Health Care',
  volatility: 0.26,
  rows: `
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
NBIX|Neurocrine Biosciences Inc.|140|0.35
EXEL|Exelixis Inc.|40|0.4
UTHR|United Therapeutics Corp.|450|0.35
SRPT|Sarepta Therapeutics Inc.|22|0.8
BMRN|BioMarin Pharmaceutical Inc.|55|0.32
ALNY|Alnylam Pharmaceuticals Inc.|450|0.4
ARGX|argenx SE|820|0.35
INSM|Insmed Inc.|170|0.45
ILMN|Illumina Inc.|120|0.42
EXAS|Exact Sciences Corp.|100|0.4
NTRA|Natera Inc.|230|0.45
TEVA|Teva Pharmaceutical Industries Ltd.|24|0.4
JAZZ|Jazz Pharmaceuticals plc|170|0.32
BRKR|Bruker Corp.|45|0.42
MEDP|Medpace Holdings Inc.|580|0.4
ICLR|ICON plc|180|0.38
THC|Tenet Healthcare Corp.|210|0.38
ENSG|The Ensign Group Inc.|175|0.28
EHC|Encompass Health Corp.|120|0.25
ACHC|Acadia Healthcare Co. Inc.|24|0.5
OSCR|Oscar Health Inc.|18|0.7
HIMS|Hims & Hers Health Inc.|42|0.85
PEN|Penumbra Inc.|290|0.38
GMED|Globus Medical Inc.|85|0.35
MASI|Masimo Corp.|145|0.38
TFX|Teleflex Inc.|115|0.3
GKOS|Glaukos Corp.|90|0.42
NVST|Envista Holdings Corp.|20|0.38
OGN|Organon & Co.|8|0.45
PRGO|Perrigo Co. plc|20|0.32
ELAN|Elanco Animal Health Inc.|21|0.4
NVO|Novo Nordisk A/S|48|0.42
AZN|AstraZeneca plc|90|0.22
SNY|Sanofi|50|0.22
GSK|GSK plc|47|0.22
NVS|Novartis AG|130|0.2
RPRX|Royalty Pharma plc|39|0.25
`,
};
