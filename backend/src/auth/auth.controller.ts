import { randomBytes } from 'node:crypto';
import {
  BadRequestException,
  Body,
  Controller,
  HttpCode,
  HttpException,
  HttpStatus,
  Inject,
  Post,
  Req,
  Res,
  ServiceUnavailableException,
  UnauthorizedException,
  UseGuards,
} from '@nestjs/common';
import {
  type LoginRequest,
  MAX_PASSWORD_LENGTH,
  MAX_USERNAME_LENGTH,
  type TicketResponse,
  type TokenResponse,
  GUEST_PREFIX,
} from '@tickwire/protocol';
import { LoginRequestSchema } from '@tickwire/protocol/schemas';
import { type Request, type Response } from 'express';
import * as v from 'valibot';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ClientAddress } from '../security/client-address';
import { AccessTokenGuard, type AuthenticatedRequest } from './access-token.guard';
import { type Principal, userInfoOf } from './connection-context';
import { LoginThrottle } from './login.throttle';
import { TicketStore, TicketStoreUnavailableError } from './ticket.store';
import { TokenService } from './token.service';
import { UserDirectory } from './user.directory';

@Controller('api/auth')
export class AuthController {
  private readonly sessionMaxAgeMs: number;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly tokens: TokenService,
    private readonly tickets: TicketStore,
    private readonly users: UserDirectory,
    private readonly throttle: LoginThrottle,
    private readonly addresses: ClientAddress,
  ) {
    this.sessionMaxAgeMs = config.auth.sessionMaxAgeMs;
  }

  /** An anonymous session on the `guest` plan. */
  @Post('guest')
  @HttpCode(HttpStatus.OK)
  guest(): Promise<TokenResponse> {
    const username = `${GUEST_PREFIX}${randomBytes(6).toString('hex')}`;
    return this.tokenResponse({ username, plan: 'guest' });
  }

  @Post('login')
  @HttpCode(HttpStatus.OK)
  async login(
    @Body() body: unknown,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TokenResponse> {
    const { username, password } = parseLogin(body);
    const address = this.addresses.of(request);
    const waitMs = this.throttle.begin(address, username);
    if (waitMs > 0) {
      response.setHeader('Retry-After', String(Math.ceil(waitMs / 1000)));
      throw new HttpException(
        {
          statusCode: HttpStatus.TOO_MANY_REQUESTS,
          error: 'Too Many Requests',
          message: 'too many failed logins: try again later',
        },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    const principal = await this.users.authenticate(username, password);
    if (!principal) throw new UnauthorizedException('invalid username or password');
    this.throttle.succeeded(address, username);
    return this.tokenResponse(principal);
  }

  /** A fresh access token for the same session (the dashboard calls it before expiry). */
  @Post('refresh')
  @HttpCode(HttpStatus.OK)
  @UseGuards(AccessTokenGuard)
  refresh(@Req() request: AuthenticatedRequest): Promise<TokenResponse> {
    const { principal, authTime } = request.accessToken;
    if (Date.now() - authTime > this.sessionMaxAgeMs) {
      throw new UnauthorizedException('session too old: sign in again');
    }
    const current = principal.plan === 'guest' ? principal : this.users.find(principal.username);
    if (!current) throw new UnauthorizedException('unknown user');
    return this.tokenResponse(current, authTime);
  }

  @Post('ws-ticket')
  @HttpCode(HttpStatus.OK)
  @UseGuards(AccessTokenGuard)
  async wsTicket(@Req() request: AuthenticatedRequest): Promise<TicketResponse> {
    try {
      return await this.tickets.issue(request.principal, request.accessToken.expiresAt);
    } catch (error) {
      if (error instanceof TicketStoreUnavailableError) {
        throw new ServiceUnavailableException(error.message);
      }
      throw error;
    }
  }

  private async tokenResponse(principal: Principal, authTime?: number): Promise<TokenResponse> {
    const { accessToken, expiresAt } = await this.tokens.issue(principal, authTime);
    return { accessToken, expiresAt, user: userInfoOf(principal) };
  }
}

/** Messages as precise as the field that is wrong: the first one, `username` before `password`. */
function parseLogin(body: unknown): LoginRequest {
  const result = v.safeParse(LoginRequestSchema, body, { abortEarly: true });
  if (result.success) return result.output;
  if (result.issues[0].path?.[0]?.key === 'password') {
    throw new BadRequestException(
      `"password" must be a string of 1 to ${MAX_PASSWORD_LENGTH} characters`,
    );
  }
  // Also a body that is not an object: it has no username.
  throw new BadRequestException(
    `"username" must be a string of 1 to ${MAX_USERNAME_LENGTH} characters`,
  );
}
