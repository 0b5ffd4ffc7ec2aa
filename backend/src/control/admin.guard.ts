import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  Logger,
} from '@nestjs/common';
import { AccessTokenGuard, type AuthenticatedRequest } from '../auth/access-token.guard';
import { isAdmin } from '../auth/connection-context';

/**
 * HTTP guard of the admin API: a valid access token (401 otherwise, as AccessTokenGuard) whose
 * user has the `admin` role (403 otherwise). Every refusal is logged with who and what.
 */
@Injectable()
export class AdminGuard implements CanActivate {
  private readonly logger = new Logger('Admin');

  constructor(private readonly tokens: AccessTokenGuard) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const what = `${request.method} ${request.path}`;
    try {
      await this.tokens.canActivate(context);
    } catch (error) {
      this.logger.warn(`${what} without a valid access token: 401`);
      throw error;
    }
    const { username, plan } = request.principal;
    if (!isAdmin(request.principal)) {
      this.logger.warn(`${what} by ${username} (plan ${plan}, not admin): 403`);
      throw new ForbiddenException('the admin role is required to control the market');
    }
    return true;
  }
}
