// `npm run dev`: the API (from source, restarted by hand) and Vite with hot reload, which proxies
// /graphql, /.well-known, /dev and /captcha to the API so that the page and the refresh cookie share one origin.
import { spawn } from 'node:child_process';

const children = [
  spawn(process.execPath, ['-r', '@swc-node/register', 'server/main.ts'], { stdio: 'inherit', env: { ...process.env, PORT: process.env.PORT ?? '4000' } }),
  spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--config', 'client/vite.config.ts'], {
    stdio: 'inherit',
    env: { ...process.env, API_URL: `http://127.0.0.1:${process.env.PORT ?? '4000'}` },
  }),
];
const stop = (code) => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
};
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
