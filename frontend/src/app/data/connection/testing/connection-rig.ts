import { TestBed } from '@angular/core/testing';
import { FETCH, SESSION_STORAGE, STORAGE } from '../../../shared/platform';
import { BROWSER_WINDOW, CONNECTION_OPTIONS, SOCKET_FACTORY } from '../connection-options';
import { Connection } from '../connection';
import { FakeApi, FakeWindow } from './fake-gateway';
import { FakeSocket } from './fake-socket';

export interface ConnectionRig {
  api: FakeApi;
  sockets: FakeSocket[];
  win: FakeWindow;
  service: Connection;
}

/**
 * A Connection under fake timers with a fake gateway, fresh for every test of the enclosing
 * describe (read the fields inside the tests). Math.random is pinned for the backoff.
 */
export function useConnectionRig(): ConnectionRig {
  const rig = {} as ConnectionRig;
  beforeEach(() => {
    jest.useFakeTimers();
    jest.spyOn(Math, 'random').mockReturnValue(0.999);
    rig.api = new FakeApi();
    rig.sockets = [];
    rig.win = new FakeWindow();
    TestBed.configureTestingModule({
      providers: [
        { provide: FETCH, useValue: rig.api.fetch },
        { provide: SESSION_STORAGE, useValue: null },
        { provide: STORAGE, useValue: null },
        { provide: BROWSER_WINDOW, useValue: rig.win },
        { provide: CONNECTION_OPTIONS, useValue: { pingIntervalMs: 60_000 } },
        {
          provide: SOCKET_FACTORY,
          useValue: (url: string, protocols: string[]) => {
            const socket = new FakeSocket(url, protocols);
            rig.sockets.push(socket);
            return socket;
          },
        },
      ],
    });
    rig.service = TestBed.inject(Connection);
  });
  afterEach(() => {
    TestBed.resetTestingModule();
    jest.useRealTimers();
    jest.restoreAllMocks();
  });
  return rig;
}

/** Lets pending promises (ticket, token) settle under fake timers. */
export const settle = () => jest.advanceTimersByTimeAsync(0);
