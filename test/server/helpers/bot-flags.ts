/** `npm run bot` flags for a server: `botFlags(url, '--create --bot greedy')` (words split on spaces). */
export function botFlags(serverUrl: string, words: string): string[] {
  return ['--server', serverUrl, ...words.split(' ')];
}
