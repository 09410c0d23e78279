import { spawn } from 'node:child_process';

/**
 * `npm run dev`: the API and socket server restarting on change (tsx watch) beside Vite's
 * dev server with hot reload, which proxies `/api` and `/collab` to it.
 */
const apiPort = process.env.DEV_API_PORT ?? '3001';
const children = [
  spawn('npx', ['tsx', 'watch', 'server/start.ts'], {
    stdio: 'inherit',
    env: { ...process.env, PORT: apiPort, SERVE_CLIENT: 'false' },
  }),
  spawn('npx', ['vite', '--port', process.env.PORT ?? '3000'], {
    stdio: 'inherit',
    env: { ...process.env, DEV_API_TARGET: `http://127.0.0.1:${apiPort}` },
  }),
];
const stopAll = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);
for (const child of children) child.on('exit', stopAll);
