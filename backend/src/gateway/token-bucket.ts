// TokenBucket now lives in security/, beside the other limiter that uses it. This re-export only
// keeps client-connection.ts compiling until it imports '../security/token-bucket' itself.
export { TokenBucket } from '../security/token-bucket';
