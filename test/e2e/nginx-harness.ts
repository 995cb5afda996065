import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Debian's nginx running the shipped site (deploy/nginx/silicon-curtain.conf) for a test: the site with
 * its upstream list and listen lines rendered for the test's ports, inside a minimal nginx.conf whose
 * pid, logs and temporary files are in a folder of its own, as a non-daemon child of the test.
 */

export const nginxPath = '/usr/sbin/nginx';
export const nginxAvailable = existsSync(nginxPath);
export const shippedSite = path.resolve(import.meta.dirname, '../../deploy/nginx/silicon-curtain.conf');

const upstreamServer = /^(\s*)server 127\.0\.0\.1:\d+( [^;]*)?;$/gm;
const listenLine = /^(\s*)listen (\[::\]:)?80;$/gm;

/** The site with one upstream line per port (with the shipped lines' parameters) and one loopback listen. */
export function renderSite(site: string, upstreamPorts: readonly number[], listenPort: number): string {
  const servers = [...site.matchAll(upstreamServer)];
  const listens = [...site.matchAll(listenLine)];
  const [firstServer] = servers;
  if (!firstServer || listens.length === 0)
    throw new Error('the shipped site no longer has `server 127.0.0.1:PORT …;` and `listen 80;` lines');
  const [, indent = '', parameters = ''] = firstServer;
  const upstream = upstreamPorts.map((port) => `${indent}server 127.0.0.1:${String(port)}${parameters};`);
  let rendered = site.replace(firstServer[0], upstream.join('\n'));
  for (const other of servers.slice(1)) rendered = rendered.replace(`${other[0]}\n`, '');
  let listened = false;
  return rendered.replace(listenLine, (_line, lineIndent: string) => {
    const first = !listened;
    listened = true;
    return first
      ? `${lineIndent}listen 127.0.0.1:${String(listenPort)};`
      : `${lineIndent}# (IPv6 listen left out)`;
  });
}

/** A port nothing listens on just now. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) =>
    probe.close(() => {
      resolve();
    }),
  );
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** One line of the test's access log. */
export interface ProxiedRequest {
  uri: string;
  route: string;
  upstream: string;
  status: number;
}

export interface RunningNginx {
  url: string;
  /** Every request nginx has logged so far, in order. */
  requests(): ProxiedRequest[];
  stop(): Promise<void>;
}

function nginxConf(dir: string, site: string): string {
  const file = (name: string): string => path.join(dir, name);
  return `worker_processes 1;
pid ${file('nginx.pid')};
events { worker_connections 1024; }
http {
  log_format sc_test escape=json '{"uri":"$request_uri","route":"$cookie_sc_route","upstream":"$upstream_addr","status":$status}';
  access_log ${file('access.log')} sc_test;
  client_body_temp_path ${file('body')};
  proxy_temp_path ${file('proxy')};
  fastcgi_temp_path ${file('fastcgi')};
  uwsgi_temp_path ${file('uwsgi')};
  scgi_temp_path ${file('scgi')};
  include ${site};
}
`;
}

async function untilAnswering(url: string, child: ChildProcess, errorLog: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) break;
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const log = existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '';
  throw new Error(`nginx did not answer on ${url} (exit ${String(child.exitCode)}): ${log}`);
}

/** Starts nginx on the rendered site (listening on `listenPort`) and waits until it answers. */
export async function startNginx(renderedSite: string, listenPort: number): Promise<RunningNginx> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sc-nginx-'));
  writeFileSync(path.join(dir, 'silicon-curtain.conf'), renderedSite);
  writeFileSync(path.join(dir, 'nginx.conf'), nginxConf(dir, path.join(dir, 'silicon-curtain.conf')));
  const errorLog = path.join(dir, 'error.log');
  const child = spawn(
    nginxPath,
    ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', errorLog, '-g', 'daemon off;'],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      resolve();
    }),
  );
  const url = `http://127.0.0.1:${String(listenPort)}`;
  try {
    await untilAnswering(`${url}/health`, child, errorLog);
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url,
    requests: () => {
      const log = path.join(dir, 'access.log');
      if (!existsSync(log)) return [];
      return readFileSync(log, 'utf8')
        .split('\n')
        .filter((line) => line.length > 0)
        .map((line) => JSON.parse(line) as ProxiedRequest);
    },
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
