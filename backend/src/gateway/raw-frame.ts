import { CloseCode } from '@tickwire/protocol';
import { type RawData } from 'ws';

/** The close code ws sends with a frame it refuses (its receiver's errors), or undefined. */
export function wsRefusalCode(code: string | undefined): number | undefined {
  if (code === undefined || !code.startsWith('WS_ERR_')) return undefined;
  if (code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') return CloseCode.MessageTooBig;
  return code === 'WS_ERR_INVALID_UTF8' ? 1007 : 1002;
}

export function rawToBuffer(data: RawData): Buffer {
  if (Array.isArray(data)) return Buffer.concat(data);
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  return data;
}

export function rawToString(data: RawData): string {
  return rawToBuffer(data).toString('utf8');
}
