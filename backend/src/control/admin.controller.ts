import {
  BadRequestException,
  Body,
  ConflictException,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Logger,
  NotFoundException,
  ServiceUnavailableException,
  Post,
  Req,
  UseGuards,
} from '@nestjs/common';
import { type ScenarioList, type ScenarioRecord } from '@tickwire/protocol';
import { parseScenarioCommand } from '@tickwire/protocol/schemas';
import { type AuthenticatedRequest } from '../auth/access-token.guard';
import { AdminGuard } from './admin.guard';
import { MarketControl } from './market-control';

/** Errors of MarketControl, by name (they may have crossed a bus), and their HTTP answers. */
const ANSWERS: Readonly<Record<string, (message: string) => Error>> = {
  ScenarioCommandError: (message) => new BadRequestException(message),
  UnknownSymbolError: (message) => new NotFoundException(message),
  ScenarioLimitError: (message) => new ConflictException(message),
  FeedUnavailableError: (message) => new ServiceUnavailableException(message),
};

/** Market control for admins: start scenarios on the simulated market, list them. */
@Controller('api/admin')
@UseGuards(AdminGuard)
export class AdminController {
  private readonly logger = new Logger('Admin');

  constructor(private readonly control: MarketControl) {}

  @Post('scenarios')
  @HttpCode(HttpStatus.CREATED)
  async run(@Req() request: AuthenticatedRequest, @Body() body: unknown): Promise<ScenarioRecord> {
    const by = request.principal.username;
    try {
      const record = await this.control.run(parseScenarioCommand(body), by);
      this.logger.log(`${by} started ${describe(record)}: ${record.id}`);
      return record;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn(`${by} asked for ${summary(body)}: refused, ${message}`);
      throw answerFor(error);
    }
  }

  @Get('scenarios')
  async list(@Req() request: AuthenticatedRequest): Promise<ScenarioList> {
    let list: ScenarioList;
    try {
      list = await this.control.list();
    } catch (error) {
      throw answerFor(error);
    }
    this.logger.log(
      `${request.principal.username} listed scenarios: ${list.active.length} active, ${list.recent.length} recent`,
    );
    return list;
  }
}

/** The HTTP answer of a MarketControl error; anything unknown stays a 500. */
function answerFor(error: unknown): unknown {
  const answer = error instanceof Error ? ANSWERS[error.name] : undefined;
  return answer && error instanceof Error ? answer(error.message) : error;
}

function describe(record: ScenarioRecord): string {
  const params = Object.entries(record.params).map(([name, value]) => `${name}=${value}`);
  return [record.type, record.symbol ?? 'market', ...params].join(' ');
}

/**
 * A request body for the log: cut short, it is untrusted. A body nested deeper than the stack
 * allows (body-parser takes any depth within its size limit) is not printed: the refusal is a
 * 400 whatever the body looks like, never a 500 from the logging of it.
 */
function summary(body: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(body) ?? String(body);
  } catch {
    return 'a body too deeply nested to print';
  }
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
