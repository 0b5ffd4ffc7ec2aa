import { ServiceUnavailableException } from '@nestjs/common';
import { loadConfig } from '../config/app-config';
import { ClientAddress } from '../security/client-address';
import { type AuthenticatedRequest } from './access-token.guard';
import { AuthController } from './auth.controller';
import { LoginThrottle } from './login.throttle';
import { TicketStore, TicketStoreUnavailableError } from './ticket.store';
import { TokenService } from './token.service';
import { UserDirectory } from './user.directory';

describe('AuthController ws-ticket', () => {
  it('answers 503, not 401 or 500, when the ticket store cannot answer', async () => {
    const config = loadConfig({});
    class DownStore extends TicketStore {
      issue = () => Promise.reject(new TicketStoreUnavailableError('tickets are unavailable'));
      redeem = () => Promise.resolve(null);
    }
    const controller = new AuthController(
      config,
      new TokenService(config),
      new DownStore(),
      {} as UserDirectory,
      new LoginThrottle(config),
      new ClientAddress(config),
    );
    const request = {
      principal: { username: 'demo', plan: 'pro' },
      accessToken: { expiresAt: Date.now() + 60_000 },
    } as unknown as AuthenticatedRequest;
    const answer = controller.wsTicket(request);
    await expect(answer).rejects.toThrow(ServiceUnavailableException);
    await expect(answer).rejects.toThrow('tickets are unavailable');
  });
});
