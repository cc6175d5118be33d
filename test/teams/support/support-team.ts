import type { RunningApp } from '../../../src/main.ts';
import { runTeamCommand } from '../../../src/cli/team-command.ts';
import type { TeamsCloudStandin } from '../../support/teams-cloud-standin.ts';
import { signedActivity, TEAMS_IDS } from './activities.ts';

const { TENANT, TEAM, LEADER } = TEAMS_IDS;

/**
 * The app added to the Support team by its leader, and the team taken on
 * from the command line with that leader: where a Teams suite's round starts.
 */
export async function addSupportTeam(
  app: RunningApp,
  cloud: TeamsCloudStandin,
  leaderName: string,
): Promise<void> {
  await signedActivity(app.url, cloud, {
    type: 'installationUpdate',
    action: 'add',
    from: { id: LEADER, name: leaderName },
    conversation: { id: TEAM, conversationType: 'channel', tenantId: TENANT },
    channelData: { tenant: { id: TENANT }, team: { id: TEAM, name: 'Support' } },
  });
  await runTeamCommand(
    ['add', '--name', 'Support', '--channel', TEAM, '--leader', LEADER, '--platform', 'teams'],
    app.store.db,
    { stdout: () => {}, stderr: () => {} },
  );
}
