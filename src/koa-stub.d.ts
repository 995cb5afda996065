/**
 * Stands in for koa's types when src/ is type-checked alone (src/tsconfig.json maps `koa` here).
 * boardgame.io's types import koa for its server, and koa's types pull in Node's, which would let Node
 * globals and modules through in browser code; the browser never touches boardgame.io's server.
 */
export {};
