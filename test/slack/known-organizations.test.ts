import { describe, expect, it } from 'vitest';
import { knownOrganizations } from '../../adapters/slack/known-organizations.ts';

describe("a workspace's organisation", () => {
  it('is asked of the store once it exists, and again while it does not', async () => {
    const installed = new Map<string, string>();
    const asked: string[] = [];
    const resolve = knownOrganizations(async (teamId) => {
      asked.push(teamId);
      return installed.get(teamId);
    });

    expect(await resolve('T1')).toBeUndefined();
    installed.set('T1', 'org-1');
    expect(await resolve('T1')).toBe('org-1');
    expect(await resolve('T1')).toBe('org-1');
    expect(await resolve('T2')).toBeUndefined();
    expect(asked).toEqual(['T1', 'T1', 'T2']);
  });
});
