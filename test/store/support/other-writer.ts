import { createInterface } from 'node:readline';
import { openStore } from '../../../src/store/database.ts';

// Another process on the same SQLite file: says "ready" once open, writes one organisation when told, says "wrote".
const store = await openStore({ url: process.argv[2] ?? '', migrate: false });
await store.db.organization.count();
console.log('ready');
for await (const line of createInterface({ input: process.stdin })) {
  if (line !== 'write') continue;
  await store.db.organization.create({
    data: { platform: 'local', externalId: 'other-process', name: 'Other' },
  });
  console.log('wrote');
  break;
}
await store.close();
