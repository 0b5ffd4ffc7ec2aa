import { type EquitySectorRows } from './equity-sector-rows';

export const realEstate: EquitySectorRows = {
  sector: 'Real Estate',
  volatility: 0.24,
  rows: `
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
GLPI|Gaming and Leisure Properties Inc.|45|0.22
CUBE|CubeSmart|40|0.25
ELS|Equity LifeStyle Properties Inc.|62|0.2
SUI|Sun Communities Inc.|125|0.25
AMH|American Homes 4 Rent|32|0.22
LAMR|Lamar Advertising Co.|125|0.28
REXR|Rexford Industrial Realty Inc.|41|0.32
EGP|EastGroup Properties Inc.|180|0.25
FR|First Industrial Realty Trust Inc.|56|0.25
STAG|STAG Industrial Inc.|38|0.25
NNN|NNN REIT Inc.|41|0.2
ADC|Agree Realty Corp.|75|0.2
BRX|Brixmor Property Group Inc.|26|0.25
KRG|Kite Realty Group Trust|23|0.25
CUZ|Cousins Properties Inc.|27|0.3
KRC|Kilroy Realty Corp.|42|0.35
VNO|Vornado Realty Trust|36|0.38
SLG|SL Green Realty Corp.|48|0.42
OHI|Omega Healthcare Investors Inc.|44|0.22
SBRA|Sabra Health Care REIT Inc.|19|0.25
NSA|National Storage Affiliates Trust|31|0.28
COLD|Americold Realty Trust Inc.|12|0.38
RYN|Rayonier Inc.|22|0.25
PCH|PotlatchDeltic Corp.|40|0.25
JLL|Jones Lang LaSalle Inc.|320|0.35
Z|Zillow Group Inc.|72|0.45
OPEN|Opendoor Technologies Inc.|7|1.1
`,
};
