/** Unit conversions of the report's figures. */

/** A rate per delivered update (both per second); undefined without updates. */
export function perUpdate(
  rate: number | undefined,
  updatesPerSec: number | undefined,
): number | undefined {
  return rate === undefined || !updatesPerSec ? undefined : rate / updatesPerSec;
}

export function mb(bytes: number | undefined): number | undefined {
  return bytes === undefined ? undefined : bytes / 1e6;
}
