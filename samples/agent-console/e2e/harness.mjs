// Starts what the browser tests drive: the real host (its own process, a temp store, a known admin key),
// the Vite dev server proxying /graphql to it, and Debian's Chromium through playwright-core.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const consoleRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
const repositoryRoot = resolve(consoleRoot, '../..');
export const screenshotFolder = join(consoleRoot, 'artifacts', 'screenshots');
export const adminKey = 'hd_00000000c0ffee01_agent-console-e2e-admin-secret';
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function freePort() {
  return new Promise((done, fail) => {
    const server = createNetServer().once('error', fail).listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

function hostAssembly() {
  const path = join(repositoryRoot, 'host', 'HelpDesk.Host', 'bin', 'Debug', 'net10.0', 'HelpDesk.Host.dll');
  if (!existsSync(path)) {
    const build = spawnSync('dotnet', ['build', join(repositoryRoot, 'host', 'HelpDesk.Host'), '-c', 'Debug', '--nologo', '-v', 'q'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('dotnet build of the host failed');
  }
  return path;
}

async function waitUntil(check, what, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} was not ready within ${timeoutMs / 1000} s`);
}

async function startHost() {
  const dataFolder = await mkdtemp(join(tmpdir(), 'agent-console-e2e-'));
  const port = await freePort();
  const address = `http://127.0.0.1:${port}`;
  const output = [];
  const child = spawn('dotnet', [
    hostAssembly(), '--urls', address,
    '--HelpDesk:Storage:Embedded:Path', join(dataFolder, 'helpdesk.db'),
    '--HelpDesk:Plugins:Directory', join(repositoryRoot, 'artifacts', 'plugins'),
    '--HelpDesk:Bootstrap:AdminKey', adminKey,
    '--HelpDesk:Calls:CheckBackInterval', '00:00:10',
  ], { cwd: dataFolder, env: { ...process.env, ASPNETCORE_ENVIRONMENT: 'Production' }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d) => output.push(String(d)));
  child.stderr.on('data', (d) => output.push(String(d)));
  const exited = new Promise((r) => child.once('exit', r));
  try {
    await waitUntil(async () => {
      if (child.exitCode !== null) throw new Error(`the host exited with ${child.exitCode}:\n${output.join('')}`);
      return (await fetch(`${address}/health/ready`)).ok;
    }, 'The host');
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    address,
    async stop() {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      await rm(dataFolder, { recursive: true, force: true });
    },
  };
}

async function startConsole(hostAddress) {
  process.env.HELPDESK_HOST = hostAddress;
  const { createServer } = await import('vite');
  const port = await freePort();
  const server = await createServer({ root: consoleRoot, logLevel: 'warn', server: { port, host: '127.0.0.1' } });
  await server.listen();
  return { url: `http://127.0.0.1:${port}/`, stop: () => server.close() };
}

/** Everything a test needs; `stop()` ends it all. */
export async function startStack() {
  await mkdir(screenshotFolder, { recursive: true });
  const host = await startHost();
  const app = await startConsole(host.address).catch(async (e) => { await host.stop(); throw e; });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    // launch() gives Chromium a fresh temporary profile of its own, deleted on close.
  });
  return {
    host, app, browser,
    async stop() {
      await browser.close().catch(() => {});
      await app.stop();
      await host.stop();
    },
  };
}

/** A graphql request to the host as admin, for test set-up only. */
export async function adminRequest(hostAddress, query, variables) {
  const response = await fetch(`${hostAddress}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${adminKey}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
