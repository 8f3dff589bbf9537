import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderServerMessages, SERVER_MESSAGES_PATH } from './server-messages';

/** `npm run messages:emit`: writes the client's copy of the server's messages. */
writeFileSync(SERVER_MESSAGES_PATH, renderServerMessages());
process.stdout.write(`wrote ${path.relative(process.cwd(), SERVER_MESSAGES_PATH)}\n`);
