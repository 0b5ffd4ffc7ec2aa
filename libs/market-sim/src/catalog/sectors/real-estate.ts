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
`,
};
