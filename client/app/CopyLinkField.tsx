import { Button, CopyButton, Stack, TextInput } from '@mantine/core';
import { Check, Copy } from 'lucide-react';
import type { ReactNode } from 'react';

interface CopyLinkFieldProps {
  /** The field's label, e.g. "Invite link". */
  label: string;
  value: string;
  description?: ReactNode;
}

/** A link to hand on: shown in a read-only field (selected on focus) with a copy button. */
export function CopyLinkField({ label, value, description }: CopyLinkFieldProps) {
  return (
    <Stack gap="xs">
      <TextInput
        label={label}
        value={value}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
        description={description}
      />
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Button
            variant={copied ? 'filled' : 'default'}
            leftSection={
              copied ? (
                <Check size={16} aria-hidden="true" />
              ) : (
                <Copy size={16} aria-hidden="true" />
              )
            }
            onClick={copy}
            style={{ alignSelf: 'flex-start' }}
          >
            {copied ? 'Copied' : 'Copy link'}
            <span role="status" className="visually-hidden">
              {copied ? 'Link copied' : ''}
            </span>
          </Button>
        )}
      </CopyButton>
    </Stack>
  );
}
