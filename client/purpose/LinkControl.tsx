import { Button, Group, Popover, Stack, TextInput, Toolbar } from '@mantine/core';
import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { Link as LinkIcon } from 'lucide-react';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { normalizeLink } from './linkPolicy';

/** Links the selection (or inserts a linked address) after checking the scheme. */
function applyLink(editor: Editor, href: string) {
  const chain = editor.chain().focus().extendMarkRange('link');
  if (editor.state.selection.empty && !editor.isActive('link')) {
    chain.insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] });
  } else {
    chain.setLink({ href });
  }
  chain.run();
}

/** The toolbar's link button and its small form. */
export function LinkControl({ editor }: { editor: Editor }) {
  const [opened, setOpened] = useState(false);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const current = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      isLink: e.isActive('link'),
      href: String(e.getAttributes('link').href ?? ''),
    }),
  });

  function handleOpen() {
    setValue(current.href);
    setError(null);
    setOpened((was) => !was);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const href = normalizeLink(value);
    if (!href) {
      setError('Use a web address (http or https) or an email address.');
      return;
    }
    applyLink(editor, href);
    setOpened(false);
  }

  function handleRemove() {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    setOpened(false);
  }

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      trapFocus
      returnFocus
      position="bottom-start"
      withArrow
    >
      <Popover.Target>
        <Toolbar.Toggle aria-label="Link" title="Link" active={current.isLink} onClick={handleOpen}>
          <LinkIcon size={18} aria-hidden="true" />
        </Toolbar.Toggle>
      </Popover.Target>
      <Popover.Dropdown>
        <form onSubmit={handleSubmit} noValidate>
          <Stack gap="xs" w={320}>
            <TextInput
              label="Link address"
              placeholder="https://…"
              value={value}
              onChange={(event) => setValue(event.currentTarget.value)}
              error={error}
              data-autofocus
            />
            <Group gap="xs">
              <Button type="submit" size="xs">
                Apply link
              </Button>
              {current.isLink && (
                <Button size="xs" variant="default" onClick={handleRemove}>
                  Remove link
                </Button>
              )}
            </Group>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
