import { spawn, spawnSync } from 'node:child_process';
import { request } from 'node:https';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The container engine, processes and HTTP probes the stack check runs on. */

export const ROOT = join(__dirname, '..', '..');
export const URL_BASE = 'https://127.0.0.1:8443';

export interface Engine {
  name: 'podman' | 'docker';
  compose: string[];
}

export interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** The engine to use, or why there is none. */
export function findEngine(): Engine | string {
  if (onPath('podman')) {
    if (!onPath('podman-compose')) return 'podman is on PATH but podman-compose is not';
    return { name: 'podman', compose: ['podman-compose'] };
  }
  if (onPath('docker')) {
    if (spawnSync('docker', ['info'], { stdio: 'ignore' }).status !== 0) {
      return 'docker is on PATH but no Docker daemon answers';
    }
    return { name: 'docker', compose: ['docker', 'compose'] };
  }
  return 'no podman and no docker on PATH';
}

/** Runs a command without blocking the event loop (the browser keeps being driven). */
export function run(command: string, args: string[], timeoutMs = 120_000): Promise<Result> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

export async function must(command: string, args: string[], timeoutMs?: number): Promise<string> {
  const result = await run(command, args, timeoutMs);
  if (result.status !== 0) {
    const output = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status}:\n${output}`);
  }
  return result.stdout.trim();
}

/** GET or POST through the proxy, trusting its self-signed certificate. */
export function https(
  path: string,
  { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${URL_BASE}${path}`,
      { method, headers, rejectUnauthorized: false, timeout: 5000 },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${path}: no answer within 5 s`)));
    req.on('error', reject);
    req.end();
  });
}

export async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | null>) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== null) return value;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await sleep(250);
  }
  throw new Error(`${what} not within ${timeoutMs / 1000} s${last ? ` (last: ${last})` : ''}`);
}

export function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '0.0.0.0', () => server.close(() => resolve(true)));
  });
}
