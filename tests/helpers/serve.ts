/** Serve a built site folder on 127.0.0.1 the way a static host would, under an optional base path. */
export { serveStatic, type StaticServer } from '../../src/lib/deploy/static-server.ts';
