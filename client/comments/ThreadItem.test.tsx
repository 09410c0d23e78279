import { MantineProvider } from '@mantine/core';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { CommentThread } from '../../shared/comments/commentsDoc';
import { ThreadItem } from './ThreadItem';
import type { CommentsBinding } from './useCommentsDocument';

const thread: CommentThread = {
  id: 't1',
  field: 'notes',
  anchor: { start: { tname: 'notes' }, end: { tname: 'notes' } },
  quote: 'read aloud',
  resolved: false,
  resolvedBy: null,
  resolvedAt: null,
  comments: [
    {
      id: 'c1',
      authorId: 'u1',
      authorName: 'Ana <i>Admin</i>',
      text: '<img src=x onerror=alert(1)>\nSecond line',
      createdAt: Date.UTC(2026, 10, 22, 15, 30),
    },
  ],
};

function render(canComment: boolean, shown: CommentThread = thread) {
  const comments: CommentsBinding = { teamId: 'team', document: 'doc', doc: null, canComment };
  return renderToString(
    <MantineProvider>
      <ThreadItem thread={shown} comments={comments} isMissing={false} onShow={() => undefined} />
    </MantineProvider>,
  );
}

describe('a comment thread', () => {
  it('shows comments as plain text, never as HTML', () => {
    const html = render(true);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Ana &lt;i&gt;Admin&lt;/i&gt;');
    expect(html).toContain('aria-label="Comment thread on “read aloud”"');
    expect(html).toContain('>Send reply<');
    expect(html).toContain('>Resolve<');
  });

  it('is read-only for people who cannot comment, and says who resolved it', () => {
    const resolved = {
      ...thread,
      resolved: true,
      resolvedBy: { id: 'u2', name: 'Sam' },
      resolvedAt: Date.UTC(2026, 10, 23),
    };
    const html = render(false, resolved);
    expect(html).not.toContain('Send reply');
    expect(html).not.toContain('>Reopen<');
    expect(html).toMatch(/Resolved(<!-- -->)? by Sam/);
    expect(render(true, resolved)).toContain('>Reopen<');
  });
});
