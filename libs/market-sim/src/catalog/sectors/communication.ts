import { type EquitySectorRows } from './equity-sector-rows';

export const communication: EquitySectorRows = {
  sector: 'Communication Services',
  volatility: 0.3,
  rows: `
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
IPG|The Interpublic Group of Companies Inc.|25|0.28
NYT|The New York Times Co.|65|0.25
TKO|TKO Group Holdings Inc.|190|0.32
WMG|Warner Music Group Corp.|30|0.3
LBRDK|Liberty Broadband Corp.|55|0.35
FYBR|Frontier Communications Parent Inc.|37|0.15
LUMN|Lumen Technologies Inc.|8|0.7
IAC|IAC Inc.|34|0.35
ZD|Ziff Davis Inc.|33|0.4
NXST|Nexstar Media Group Inc.|190|0.32
TGNA|TEGNA Inc.|20|0.32
FWONK|Formula One Group|95|0.25
MSGS|Madison Square Garden Sports Corp.|220|0.25
EDR|Endeavor Group Holdings Inc.|30|0.2
BIDU|Baidu Inc.|115|0.42
NTES|NetEase Inc.|135|0.38
TME|Tencent Music Entertainment Group|20|0.45
BILI|Bilibili Inc.|25|0.55
SE|Sea Ltd.|140|0.5
GRAB|Grab Holdings Ltd.|5.5|0.45
YELP|Yelp Inc.|31|0.32
CARG|CarGurus Inc.|36|0.38
CARS|Cars.com Inc.|13|0.42
TRIP|Tripadvisor Inc.|15|0.45
`,
};
