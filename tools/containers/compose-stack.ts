import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Engine, type Result, ROOT, must, run } from './engine';

export const PROJECT = 'tickwire-ci';
export const ARTIFACTS = join(ROOT, 'test-artifacts', 'containers');

/** The compose project of the check: up, stop and start services, logs, and down with no leftovers. */
export class Stack {
  /** Volumes that existed before this run: any other one left at the end is a leftover. Until
   * they are recorded, only the project's own (named) volumes count. */
  private volumesBefore: Set<string> | null = null;

  constructor(private readonly engine: Engine) {}

  async recordVolumes(): Promise<void> {
    const names = await must(this.engine.name, ['volume', 'ls', '--format', '{{.Name}}']);
    this.volumesBefore = new Set(names.split('\n'));
  }

  private compose(args: string[], timeoutMs = 300_000): Promise<Result> {
    const [command, ...prefix] = this.engine.compose;
    return run(command, [...prefix, '-p', PROJECT, '-f', 'docker-compose.yml', ...args], timeoutMs);
  }

  /** `compose up -d`, of the given services only if any (podman-compose 1.0.3 complains about
   * containers that already run, and leaves them running). */
  async up(...services: string[]): Promise<void> {
    const result = await this.compose(['up', '-d', ...services]);
    const log = join(
      ARTIFACTS,
      `compose-up${services.length > 0 ? `-${services.join('-')}` : ''}.log`,
    );
    writeFileSync(log, `${result.stdout}\n${result.stderr}`);
    if (result.status !== 0) throw new Error(`compose up exited with ${result.status}`);
  }

  /** Compose down with volumes, then what podman-compose 1.0.3 leaves: the network. */
  async down(): Promise<void> {
    const result = await this.compose(['down', '-v', '-t', '10']);
    writeFileSync(join(ARTIFACTS, 'compose-down.log'), `${result.stdout}\n${result.stderr}`);
    await this.remove('network');
  }

  /** Whatever is left of the project, by force (a crash-looping container can outlive `down`). */
  async sweep(): Promise<void> {
    for (const kind of ['container', 'volume', 'network'] as const) await this.remove(kind);
  }

  /** Removes the project's own containers, volumes or networks (never another volume). */
  private async remove(kind: 'container' | 'volume' | 'network'): Promise<void> {
    const own = (name: string) => kind === 'container' || name.startsWith(`${PROJECT}_`);
    for (const name of (await this.leftovers(kind)).filter(own)) {
      await run(
        this.engine.name,
        kind === 'container' ? ['rm', '-f', name] : [kind, 'rm', '-f', name],
      );
    }
  }

  /** The project's containers, volumes or networks that exist. */
  async leftovers(kind: 'container' | 'volume' | 'network'): Promise<string[]> {
    const args =
      kind === 'container'
        ? [
            'ps',
            '-a',
            '--filter',
            `label=com.docker.compose.project=${PROJECT}`,
            '--format',
            '{{.Names}}',
          ]
        : [kind, 'ls', '--format', '{{.Name}}'];
    const names = (await must(this.engine.name, args)).split('\n').filter(Boolean);
    if (kind === 'container') return names;
    // Both compose tools name volumes and networks <project>_<name>; anonymous volumes are new.
    const before = this.volumesBefore;
    const isNew = (name: string) => kind === 'volume' && before !== null && !before.has(name);
    return names.filter((name) => name.startsWith(`${PROJECT}_`) || isNew(name));
  }

  /** The container of a service. */
  async container(service: string): Promise<string> {
    const names = await must(this.engine.name, [
      'ps',
      '-a',
      '--filter',
      `label=com.docker.compose.project=${PROJECT}`,
      '--filter',
      `label=com.docker.compose.service=${service}`,
      '--format',
      '{{.Names}}',
    ]);
    if (!names) throw new Error(`no container for service ${service}`);
    return names.split('\n')[0];
  }

  /** An HTTP request from inside a gateway's container to the gateway itself. */
  async gatewayHttp(
    service: string,
    path: string,
    { method = 'GET', token }: { method?: string; token?: string } = {},
  ): Promise<{ status: number; body: string }> {
    const script = `const [path, method, token] = process.argv.slice(1);
fetch('http://127.0.0.1:3000' + path, { method, headers: token ? { authorization: 'Bearer ' + token } : {} })
  .then(async (r) => console.log(JSON.stringify({ status: r.status, body: await r.text() })))
  .catch((e) => console.log(JSON.stringify({ status: 0, body: String(e) })));`;
    const container = await this.container(service);
    const out = await must(this.engine.name, [
      'exec',
      container,
      'node',
      '-e',
      script,
      path,
      method,
      token ?? '',
    ]);
    return JSON.parse(out) as { status: number; body: string };
  }

  /** 200 from /ready: the gateway serves live data from Redis. */
  async gatewayReady(service: string): Promise<boolean> {
    return (await this.gatewayHttp(service, '/ready')).status === 200;
  }

  async connections(service: string): Promise<number> {
    const health = await this.gatewayHttp(service, '/health');
    return health.status === 200
      ? (JSON.parse(health.body) as { connections: number }).connections
      : 0;
  }

  async logs(): Promise<void> {
    for (const service of ['redis', 'feed', 'gateway-1', 'gateway-2', 'proxy']) {
      try {
        const result = await run(this.engine.name, ['logs', await this.container(service)]);
        writeFileSync(join(ARTIFACTS, `${service}.log`), `${result.stdout}${result.stderr}`);
      } catch {
        // no container for it: nothing to keep
      }
    }
  }
}
