export class UnknownSymbolError extends Error {
  constructor(readonly symbol: string) {
    super(`unknown symbol "${symbol}": not in the market-sim catalog or not simulated`);
    this.name = 'UnknownSymbolError';
  }
}

export class SimulatorConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SimulatorConfigError';
  }
}
