/** Placeholder client: shows whether the server is up. The real client is another issue's work. */
interface Health {
  ok: boolean;
  storage: string;
}

const statusLine = document.querySelector('#status');

async function showHealth(): Promise<void> {
  if (!statusLine) return;
  try {
    const response = await fetch('/health');
    const health = (await response.json()) as Health;
    statusLine.textContent = health.ok
      ? `The server is up (storage: ${health.storage}).`
      : 'The server is up but its storage is not reachable.';
  } catch {
    statusLine.textContent = 'The server is not reachable.';
  }
}

void showHealth();

export {};
