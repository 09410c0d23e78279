import { renameTeamInput } from '../../../shared/api/teams';
import { renameTeam } from '../../api/teamsApi';
import { NameForm } from '../../forms/NameForm';

/** The principal renames the team; everyone sees the new name on their next page load. */
export function RenameTeamForm({ teamId, name }: { teamId: string; name: string }) {
  return (
    <NameForm
      label="Team name"
      defaultValue={name}
      schema={renameTeamInput}
      save={async (next) => `The team is now called ${(await renameTeam(teamId, next)).name}.`}
      submitLabel="Save team name"
      errorTitle="Could not rename the team"
    />
  );
}
