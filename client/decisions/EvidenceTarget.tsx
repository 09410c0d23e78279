import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import type { EvidenceLink } from '../../shared/decisions/decisionDoc';
import { evidenceName } from '../../shared/decisions/decisionLabels';

export { evidenceKindLabels } from '../../shared/decisions/decisionVersion';

interface EvidenceTargetProps {
  teamId: string;
  link: EvidenceLink;
  /** Whether uploaded student work opens in a new tab (web pages always do). */
  isArtifactInNewTab: boolean;
}

/** Where a piece of evidence leads: its run, the uploaded file, or the web page (new tab). */
export function EvidenceTarget({ teamId, link, isArtifactInNewTab }: EvidenceTargetProps) {
  const name = evidenceName(link);
  const team = encodeURIComponent(teamId);
  switch (link.kind) {
    case 'run-card':
      return (
        <Anchor component={Link} to={`/teams/${team}/runs/${encodeURIComponent(link.runId)}`}>
          {name}
        </Anchor>
      );
    case 'artifact': {
      const href = `/api/teams/${team}/artifacts/${encodeURIComponent(link.artifactId)}`;
      if (!isArtifactInNewTab) return <Anchor href={href}>{name}</Anchor>;
      return (
        <Anchor href={href} target="_blank" rel="noopener noreferrer">
          {name}
          <span className="visually-hidden"> (opens in a new tab)</span>
        </Anchor>
      );
    }
    case 'cycle':
      return (
        <Anchor
          component={Link}
          to={`/teams/${team}/plan/${encodeURIComponent(link.planId)}/cycles/${encodeURIComponent(link.cycleId)}`}
        >
          {name}
        </Anchor>
      );
    case 'url':
      return (
        <Anchor href={link.url} target="_blank" rel="noopener noreferrer">
          {name}
          <span className="visually-hidden"> (opens in a new tab)</span>
        </Anchor>
      );
  }
}
