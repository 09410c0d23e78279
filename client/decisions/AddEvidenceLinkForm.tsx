import { Button, Stack, TextInput } from '@mantine/core';
import { Plus } from 'lucide-react';
import type { FormEvent } from 'react';
import { useRef, useState } from 'react';
import type { EvidenceLink } from '../../shared/decisions/decisionDoc';
import { focusFirstInvalid } from '../forms/useApiAction';
import { parseUrlEvidence } from './evidenceLink';

/** Adds a web page (a report, a data dashboard, an article) to the decision's evidence. */
export function AddEvidenceLinkForm({ onAdd }: { onAdd: (link: EvidenceLink) => void }) {
  const formRef = useRef<HTMLFormElement>(null);
  const urlRef = useRef<HTMLInputElement>(null);
  const [url, setUrl] = useState('');
  const [label, setLabel] = useState('');
  const [errors, setErrors] = useState<{ url?: string; label?: string }>({});

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = parseUrlEvidence(url, label);
    if (!result.link) {
      setErrors(result.errors);
      return focusFirstInvalid(formRef.current);
    }
    onAdd(result.link);
    setUrl('');
    setLabel('');
    setErrors({});
    urlRef.current?.focus();
  }

  return (
    <form ref={formRef} aria-label="Add a link as evidence" onSubmit={handleSubmit} noValidate>
      <Stack gap="sm">
        <TextInput
          ref={urlRef}
          label="Web address"
          placeholder="https://…"
          required
          maxLength={2000}
          error={errors.url}
          value={url}
          onChange={(event) => setUrl(event.currentTarget.value)}
        />
        <TextInput
          label="Label"
          description="What the page is, e.g. “Spring reading benchmark results”."
          maxLength={200}
          error={errors.label}
          value={label}
          onChange={(event) => setLabel(event.currentTarget.value)}
        />
        <Button
          type="submit"
          leftSection={<Plus size={16} aria-hidden="true" />}
          style={{ alignSelf: 'flex-start' }}
        >
          Add link
        </Button>
      </Stack>
    </form>
  );
}
