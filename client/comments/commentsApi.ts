import type {
  CreatedReply,
  CreatedThread,
  CreateThreadInput,
  ReplyInput,
  ResolveThreadInput,
} from '../../shared/api/comments';
import { apiPost } from '../api/apiClient';
import { teamPath } from '../api/teamsApi';

const commentsPath = (teamId: string) => `${teamPath(teamId)}/comments`;
const threadPath = (teamId: string, threadId: string) =>
  `${commentsPath(teamId)}/${encodeURIComponent(threadId)}`;

/** Starts a thread on a passage; the server stamps the author and writes the comments document. */
export async function startThread(teamId: string, input: CreateThreadInput): Promise<string> {
  return (await apiPost<CreatedThread>(commentsPath(teamId), input)).threadId;
}

/** Adds a reply at the end of a thread. */
export async function replyToThread(
  teamId: string,
  threadId: string,
  input: ReplyInput,
): Promise<string> {
  return (await apiPost<CreatedReply>(`${threadPath(teamId, threadId)}/replies`, input)).commentId;
}

/** Resolves a thread (`resolved: true`) or reopens it. */
export async function resolveThread(
  teamId: string,
  threadId: string,
  input: ResolveThreadInput,
): Promise<void> {
  await apiPost<null>(`${threadPath(teamId, threadId)}/resolve`, input);
}
