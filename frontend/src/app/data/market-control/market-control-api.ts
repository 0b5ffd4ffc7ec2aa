import { Injectable, inject } from '@angular/core';
import { type ScenarioCommand, type ScenarioList, type ScenarioRecord } from '@tickwire/protocol';
import { Auth } from '../auth/auth';
import { readJson } from '../../shared/http';
import { FETCH } from '../../shared/platform';

/** The admin scenario API (`/api/admin/scenarios`): the gateway decides who may call it. */
@Injectable({ providedIn: 'root' })
export class MarketControlApi {
  private readonly fetch = inject(FETCH);
  private readonly auth = inject(Auth);

  async run(command: ScenarioCommand): Promise<ScenarioRecord> {
    return readJson<ScenarioRecord>(
      await this.fetch('/api/admin/scenarios', {
        method: 'POST',
        headers: { ...this.authorization(), 'content-type': 'application/json' },
        body: JSON.stringify(command),
        credentials: 'same-origin',
      }),
    );
  }

  async list(): Promise<ScenarioList> {
    return readJson<ScenarioList>(
      await this.fetch('/api/admin/scenarios', {
        headers: this.authorization(),
        credentials: 'same-origin',
      }),
    );
  }

  private authorization(): Record<string, string> {
    const token = this.auth.accessToken();
    return token ? { authorization: `Bearer ${token}` } : {};
  }
}
