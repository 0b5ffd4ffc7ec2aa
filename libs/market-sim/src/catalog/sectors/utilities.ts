import { type EquitySectorRows } from './equity-sector-rows';

export const utilities: EquitySectorRows = {
  sector: 'Utilities',
  volatility: 0.19,
  rows: `
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
OGE|OGE Energy Corp.|45|0.18
IDA|IDACORP Inc.|130|0.18
POR|Portland General Electric Co.|47|0.2
TXNM|TXNM Energy Inc.|57|0.15
ALE|ALLETE Inc.|66|0.15
NWE|NorthWestern Energy Group Inc.|58|0.2
BKH|Black Hills Corp.|70|0.2
OGS|ONE Gas Inc.|80|0.2
SR|Spire Inc.|85|0.2
NJR|New Jersey Resources Corp.|46|0.2
SWX|Southwest Gas Holdings Inc.|80|0.22
UGI|UGI Corp.|34|0.25
NFG|National Fuel Gas Co.|85|0.22
WTRG|Essential Utilities Inc.|39|0.2
AWR|American States Water Co.|74|0.2
CWT|California Water Service Group|46|0.22
ORA|Ormat Technologies Inc.|105|0.35
CWEN|Clearway Energy Inc.|33|0.3
OKLO|Oklo Inc.|110|1.1
SMR|NuScale Power Corp.|30|1
BEP|Brookfield Renewable Partners L.P.|27|0.3
NGG|National Grid plc|75|0.18
`,
};
