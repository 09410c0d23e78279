import { Button, Menu } from '@mantine/core';
import { ChevronDown } from 'lucide-react';
import type { PromoteCardInput } from '../../shared/api/runs';

interface PromoteCardMenuProps {
  /** Decision drafts of the run that can take the card as a follow-up action or evidence. */
  decisions: { id: string; title: string }[];
  onPromote: (input: PromoteCardInput) => void;
}

/**
 * "Turn into a decision": make the card a decision draft, a follow-up of one, or evidence
 * for one, in one step.
 */
export function PromoteCardMenu({ decisions, onPromote }: PromoteCardMenuProps) {
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button
          size="compact-sm"
          variant="light"
          rightSection={<ChevronDown size={14} aria-hidden="true" />}
        >
          Turn into a decision
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => onPromote({ as: 'decision' })}>Make a decision draft</Menu.Item>
        {decisions.length > 0 && <Menu.Label>Add as a follow-up to</Menu.Label>}
        {decisions.map((decision) => (
          <Menu.Item
            key={decision.id}
            aria-label={`Add as a follow-up to ${decision.title}`}
            onClick={() => onPromote({ as: 'follow-up', decisionId: decision.id })}
          >
            {decision.title}
          </Menu.Item>
        ))}
        {decisions.length > 0 && <Menu.Label>Add as evidence for</Menu.Label>}
        {decisions.map((decision) => (
          <Menu.Item
            key={`evidence-${decision.id}`}
            aria-label={`Add as evidence for ${decision.title}`}
            onClick={() => onPromote({ as: 'evidence', decisionId: decision.id })}
          >
            {decision.title}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
