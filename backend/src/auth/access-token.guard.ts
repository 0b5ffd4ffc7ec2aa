import {
  type CanActivate,
  type ExecutionContext,
  Injectable,
  UnauthorizedException,
  createParamDecorator,
} from '@nestjs/common';
import { type Request } from 'express';
import { bearerToken } from './bearer';
import { type Principal } from './connection-context';
import { TokenRejectedError, TokenService, type VerifiedToken } from './token.service';

/** A request that went through AccessTokenGuard. */
export interface AuthenticatedRequest extends Request {
  principal: Principal;
  accessToken: VerifiedToken;
}

/**
 * HTTP guard: requires `Authorization: Bearer <accessToken>` (401 otherwise) and puts the caller's
 * Principal on the request (`@CurrentPrincipal()` reads it).
 */
@Injectable()
export class AccessTokenGuard implements CanActivate {
  constructor(private readonly tokens: TokenService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = bearerToken(request.headers.authorization);
    if (token === null)
      throw new UnauthorizedException('an Authorization: Bearer token is required');
    try {
      request.accessToken = await this.tokens.verify(token);
    } catch (error) {
      if (error instanceof TokenRejectedError) throw new UnauthorizedException(error.message);
      throw error;
    }
    request.principal = request.accessToken.principal;
    return true;
  }
}

/** The Principal that AccessTokenGuard verified. */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal =>
    context.switchToHttp().getRequest<AuthenticatedRequest>().principal,
);
