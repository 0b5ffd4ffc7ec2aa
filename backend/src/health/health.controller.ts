import { Controller, Get } from '@nestjs/common';

@Controller()
export class HealthController {
  private readonly startedAt = Date.now();

  @Get('health')
  health(): { status: 'ok'; uptimeS: number } {
    return { status: 'ok', uptimeS: Math.round((Date.now() - this.startedAt) / 1000) };
  }
}
