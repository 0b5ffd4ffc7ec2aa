import { ScenarioCommandError, parseScenarioCommand, scenarioParams } from './admin';

function problem(body: unknown): string {
  try {
    parseScenarioCommand(body);
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioCommandError);
    expect((error as Error).name).toBe('ScenarioCommandError');
    return (error as Error).message;
  }
  throw new Error(`accepted ${JSON.stringify(body)}`);
}

describe('parseScenarioCommand', () => {
  it('accepts every type with and without its optional fields', () => {
    const valid = [
      { type: 'flash-crash' },
      { type: 'flash-crash', symbol: 'AAPL', dropPct: 25.5, durationMs: 100, recoveryMs: 600_000 },
      { type: 'halt', symbol: 'EUR/USD' },
      { type: 'resume', symbol: 'BTC-USD' },
      { type: 'stall' },
      { type: 'stall', durationMs: 1500 },
      { type: 'volatility' },
      { type: 'volatility', symbol: 'MSFT', factor: 20, durationMs: 1000 },
    ];
    for (const body of valid) expect(parseScenarioCommand(body)).toEqual(body);
  });

  it('returns a fresh object holding only the known fields', () => {
    const body = { type: 'halt', symbol: 'AAPL' };
    const command = parseScenarioCommand(body);
    expect(command).not.toBe(body);
    expect(Object.keys(command)).toEqual(['type', 'symbol']);
  });

  it('refuses what is not an object, or has no known type', () => {
    expect(problem(null)).toBe('the body must be a JSON object with a "type"');
    expect(problem([{ type: 'halt' }])).toBe('the body must be a JSON object with a "type"');
    expect(problem('halt')).toBe('the body must be a JSON object with a "type"');
    expect(problem({})).toBe(
      '"type" must be one of flash-crash, halt, resume, stall, volatility (got none)',
    );
    expect(problem({ type: 'meltdown' })).toBe(
      '"type" must be one of flash-crash, halt, resume, stall, volatility (got "meltdown")',
    );
    expect(problem({ type: 7 })).toContain('(got 7)');
  });

  it('refuses fields the type does not take, naming those it does', () => {
    expect(problem({ type: 'halt', symbol: 'AAPL', durationMs: 1000 })).toBe(
      'unknown field "durationMs" for halt: it takes type, symbol',
    );
    expect(problem({ type: 'stall', symbol: 'AAPL' })).toBe(
      'unknown field "symbol" for stall: it takes type, durationMs',
    );
    expect(problem({ type: 'flash-crash', drop: 10 })).toBe(
      'unknown field "drop" for flash-crash: it takes type, symbol, dropPct, durationMs, recoveryMs',
    );
  });

  it('requires a symbol for halt and resume, and checks its shape', () => {
    expect(problem({ type: 'halt' })).toBe('"symbol" is required for halt');
    expect(problem({ type: 'resume' })).toBe('"symbol" is required for resume');
    expect(problem({ type: 'halt', symbol: 'aapl' })).toBe(
      '"symbol" must match /^[A-Z0-9][A-Z0-9.:/-]{0,15}$/ (got "aapl")',
    );
    expect(problem({ type: 'volatility', symbol: 42 })).toContain('(got 42)');
  });

  it('bounds every number and says how', () => {
    for (const dropPct of [0, 100, -5, '10', null]) {
      expect(problem({ type: 'flash-crash', dropPct })).toMatch(
        /^"dropPct" must be a number greater than 0 and less than 100 \(got /,
      );
    }
    for (const factor of [0, 20.5, Number.NaN]) {
      expect(problem({ type: 'volatility', factor })).toMatch(
        /^"factor" must be a number greater than 0 and at most 20/,
      );
    }
    for (const durationMs of [99, 600_001, 1000.5, '1000']) {
      expect(problem({ type: 'stall', durationMs })).toMatch(
        /^"durationMs" must be an integer number of ms from 100 to 600000 \(got /,
      );
    }
    expect(problem({ type: 'flash-crash', recoveryMs: 50 })).toBe(
      '"recoveryMs" must be an integer number of ms from 100 to 600000 (got 50)',
    );
  });

  it('cuts long values short in its messages', () => {
    const message = problem({ type: 'halt', symbol: 'X'.repeat(10_000) });
    expect(message.length).toBeLessThan(100);
    expect(message).toContain('...');
  });
});

describe('scenarioParams', () => {
  it('fills in the defaults and keeps what the command gives', () => {
    expect(scenarioParams({ type: 'flash-crash' })).toEqual({
      dropPct: 10,
      durationMs: 2000,
      recoveryMs: 5000,
    });
    expect(scenarioParams({ type: 'flash-crash', dropPct: 30 })).toEqual({
      dropPct: 30,
      durationMs: 2000,
      recoveryMs: 5000,
    });
    expect(scenarioParams({ type: 'stall' })).toEqual({ durationMs: 5000 });
    expect(scenarioParams({ type: 'volatility', durationMs: 1000 })).toEqual({
      factor: 4,
      durationMs: 1000,
    });
    expect(scenarioParams({ type: 'halt', symbol: 'AAPL' })).toEqual({});
  });
});
