import { Writable } from 'node:stream';
import { expect, it } from 'vitest';
import { createLogger } from '../../src/logging/logger.ts';

function capture(): { stream: Writable; lines: () => string[] } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return { stream, lines: () => text.split('\n').filter(Boolean) };
}

it('writes one JSON object per line for a log collector, with secrets redacted', () => {
  const out = capture();
  const log = createLogger('info', { destination: out.stream });
  log.info({ team: 'Support', botToken: 'xoxb-secret' }, 'round opened');
  const [line, ...rest] = out.lines();
  expect(rest).toEqual([]);
  expect(JSON.parse(line ?? '')).toMatchObject({
    level: 30,
    msg: 'round opened',
    team: 'Support',
    botToken: '[redacted]',
    app: 'excellence-pulse',
  });
});

it('writes one readable line per entry for a person at a terminal, with secrets redacted', () => {
  const out = capture();
  const log = createLogger('info', { destination: out.stream, pretty: true });
  log.warn({ team: 'Support', password: 'hunter2' }, 'a database connection dropped');
  const [line, ...rest] = out.lines();
  expect(rest).toEqual([]);
  expect(line).toMatch(/^\[\d\d:\d\d:\d\d\] WARN: a database connection dropped /);
  expect(line).toContain('"team":"Support"');
  expect(line).toContain('"password":"[redacted]"');
  expect(line).not.toContain('hunter2');
});
