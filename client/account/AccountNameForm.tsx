import { updateAccountInput } from '../../shared/api/auth';
import { updateAccountName } from '../api/accountApi';
import { NameForm } from '../forms/NameForm';

/** The name teammates see beside the person's edits and in member lists. */
export function AccountNameForm({ name }: { name: string }) {
  return (
    <NameForm
      label="Your name"
      description="Your teammates see it beside your edits and in member lists."
      autoComplete="name"
      defaultValue={name}
      schema={updateAccountInput}
      save={async (next) => {
        await updateAccountName(next);
        return 'Name saved.';
      }}
      submitLabel="Save name"
      errorTitle="Could not save your name"
    />
  );
}
