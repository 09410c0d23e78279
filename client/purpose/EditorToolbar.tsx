import { Toolbar } from '@mantine/core';
import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import type { LucideIcon } from 'lucide-react';
import { Bold, Heading2, Heading3, Italic, List, ListOrdered } from 'lucide-react';
import { LinkControl } from './LinkControl';

interface ToggleSpec {
  label: string;
  icon: LucideIcon;
  isActive: (editor: Editor) => boolean;
  run: (editor: Editor) => void;
}

const toggles: ToggleSpec[] = [
  {
    label: 'Bold',
    icon: Bold,
    isActive: (e) => e.isActive('bold'),
    run: (e) => e.chain().focus().toggleBold().run(),
  },
  {
    label: 'Italic',
    icon: Italic,
    isActive: (e) => e.isActive('italic'),
    run: (e) => e.chain().focus().toggleItalic().run(),
  },
  {
    label: 'Heading 2',
    icon: Heading2,
    isActive: (e) => e.isActive('heading', { level: 2 }),
    run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
  },
  {
    label: 'Heading 3',
    icon: Heading3,
    isActive: (e) => e.isActive('heading', { level: 3 }),
    run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
  },
  {
    label: 'Bullet list',
    icon: List,
    isActive: (e) => e.isActive('bulletList'),
    run: (e) => e.chain().focus().toggleBulletList().run(),
  },
  {
    label: 'Numbered list',
    icon: ListOrdered,
    isActive: (e) => e.isActive('orderedList'),
    run: (e) => e.chain().focus().toggleOrderedList().run(),
  },
];

/** Formatting buttons. Arrow keys move between them (Mantine's toolbar pattern). */
export function EditorToolbar({ editor }: { editor: Editor }) {
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => toggles.map((toggle) => toggle.isActive(current)),
    equalityFn: (a, b) => !!b && a.length === b.length && a.every((value, i) => value === b[i]),
  });

  return (
    <Toolbar aria-label="Formatting" size="md">
      {toggles.map((toggle, i) => {
        const Icon = toggle.icon;
        return (
          <Toolbar.Toggle
            key={toggle.label}
            aria-label={toggle.label}
            title={toggle.label}
            active={active[i] ?? false}
            onClick={() => toggle.run(editor)}
          >
            <Icon size={18} aria-hidden="true" />
          </Toolbar.Toggle>
        );
      })}
      <Toolbar.Divider />
      <LinkControl editor={editor} />
    </Toolbar>
  );
}
