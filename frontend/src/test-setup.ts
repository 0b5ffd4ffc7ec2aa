import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';

setupZonelessTestEnv();

// jsdom has no TextEncoder/TextDecoder (every browser does): the MessagePack codec needs them for
// strings that are not short ASCII.
Object.assign(globalThis, { TextEncoder: NodeTextEncoder, TextDecoder: NodeTextDecoder });
