import { type EquitySectorRows } from './equity-sector-rows';

export const technology: EquitySectorRows = {
  sector: 'Technology',
  volatility: 0.32,
  rows: `
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
CIEN|Ciena Corp.|190|0.45
LITE|Lumentum Holdings Inc.|260|0.6
NTNX|Nutanix Inc.|62|0.38
GWRE|Guidewire Software Inc.|210|0.32
MANH|Manhattan Associates Inc.|180|0.34
DT|Dynatrace Inc.|48|0.32
ESTC|Elastic N.V.|78|0.45
PATH|UiPath Inc.|14|0.5
S|SentinelOne Inc.|17|0.5
CFLT|Confluent Inc.|24|0.5
GTLB|GitLab Inc.|42|0.5
BILL|BILL Holdings Inc.|50|0.5
PCOR|Procore Technologies Inc.|72|0.4
TOST|Toast Inc.|35|0.45
AFRM|Affirm Holdings Inc.|70|0.65
XYZ|Block Inc.|64|0.45
FOUR|Shift4 Payments Inc.|75|0.45
CHKP|Check Point Software Technologies Ltd.|195|0.25
CYBR|CyberArk Software Ltd.|500|0.32
WIX|Wix.com Ltd.|110|0.5
MNDY|monday.com Ltd.|160|0.55
NICE|NICE Ltd.|110|0.35
LOGI|Logitech International S.A.|110|0.3
QRVO|Qorvo Inc.|88|0.4
LSCC|Lattice Semiconductor Corp.|68|0.5
ALGM|Allegro MicroSystems Inc.|28|0.55
RMBS|Rambus Inc.|95|0.5
CRUS|Cirrus Logic Inc.|120|0.38
SLAB|Silicon Laboratories Inc.|130|0.45
MKSI|MKS Inc.|140|0.45
ENTG|Entegris Inc.|80|0.45
AMKR|Amkor Technology Inc.|30|0.5
ONTO|Onto Innovation Inc.|135|0.5
FORM|FormFactor Inc.|50|0.5
NVMI|Nova Ltd.|320|0.5
CAMT|Camtek Ltd.|110|0.55
TTMI|TTM Technologies Inc.|60|0.5
SANM|Sanmina Corp.|150|0.45
FN|Fabrinet|400|0.5
CGNX|Cognex Corp.|38|0.4
DOX|Amdocs Ltd.|85|0.22
EXLS|ExlService Holdings Inc.|42|0.3
KD|Kyndryl Holdings Inc.|27|0.4
DXC|DXC Technology Co.|13|0.4
BSY|Bentley Systems Inc.|45|0.32
APPF|AppFolio Inc.|230|0.38
QLYS|Qualys Inc.|140|0.32
TENB|Tenable Holdings Inc.|28|0.4
VRNS|Varonis Systems Inc.|38|0.5
BOX|Box Inc.|31|0.35
DBX|Dropbox Inc.|29|0.32
NCNO|nCino Inc.|26|0.45
PEGA|Pegasystems Inc.|55|0.45
AI|C3.ai Inc.|15|0.7
SOUN|SoundHound AI Inc.|12|0.9
RGTI|Rigetti Computing Inc.|26|1.1
QBTS|D-Wave Quantum Inc.|24|1.1
MSTR|Strategy Inc.|180|0.8
NBIS|Nebius Group N.V.|95|0.9
CRWV|CoreWeave Inc.|80|0.9
ALAB|Astera Labs Inc.|150|0.75
CRDO|Credo Technology Group Holding Ltd.|160|0.75
UI|Ubiquiti Inc.|560|0.4
SNX|TD SYNNEX Corp.|150|0.3
ARW|Arrow Electronics Inc.|110|0.3
AVT|Avnet Inc.|48|0.3
IPGP|IPG Photonics Corp.|80|0.4
VSAT|Viasat Inc.|35|0.65
INFA|Informatica Inc.|25|0.3
DOCN|DigitalOcean Holdings Inc.|40|0.55
`,
};
