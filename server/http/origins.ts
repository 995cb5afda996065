/**
 * Allowed browser origins: ORIGINS (comma-separated) or, by default, the server's own origin plus
 * localhost/127.0.0.1 on any port (Vite's dev server). A request with no Origin header is not a browser
 * cross-origin request and is allowed (tests, curl, the stock Node client).
 */
export function parseOrigins(env: string | undefined, port: number): Set<string> {
  const listed = (env ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, ''))
    .filter((origin) => origin.length > 0);
  if (listed.length > 0) return new Set(listed);
  return new Set([`http://localhost:${port}`, `http://127.0.0.1:${port}`]);
}

const localDev = /^http:\/\/(localhost|127\.0\.0\.1)(:\d{1,5})?$/;

export function originChecker(allowed: ReadonlySet<string>, allowLocalDev: boolean) {
  return (origin: string | undefined): boolean => {
    if (origin === undefined) return true;
    if (allowed.has(origin)) return true;
    return allowLocalDev && localDev.test(origin);
  };
}
