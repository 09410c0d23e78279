import type { EvidenceLink } from './decisionDoc';
import type { DecisionModel, DecisionStatus } from './decisionRules';

/** How each model reads on the page, with one line on how it decides. */
export const modelLabels: Record<DecisionModel, { label: string; description: string }> = {
  'fist-to-five': {
    label: 'Fist to five',
    description: 'Everyone shows zero to five fingers; it passes when all show three or more.',
  },
  'majority-vote': {
    label: 'Majority vote',
    description: 'More for than against; abstentions count neither way.',
  },
  consent: {
    label: 'Consent (no objections)',
    description: 'It passes unless someone objects.',
  },
  consensus: {
    label: 'Consensus',
    description: 'Everyone agrees or stands aside; one block stops it.',
  },
  'leader-decides': {
    label: 'Leader decides after input',
    description: 'The team gives its views, then the leader decides. No vote.',
  },
  delegated: {
    label: 'Delegated',
    description: 'A person or group decides for the team. No vote.',
  },
};

export const statusLabels: Record<DecisionStatus, string> = {
  proposed: 'Proposed',
  decided: 'Decided',
  'in-progress': 'In progress',
  done: 'Done',
  revisited: 'Revisited',
  superseded: 'Superseded',
};

/** Badge colours: calm for drafts, green once decided, grey once it no longer applies. */
export const statusColors: Record<DecisionStatus, string> = {
  proposed: 'blue',
  decided: 'green',
  'in-progress': 'teal',
  done: 'gray',
  revisited: 'orange',
  superseded: 'gray',
};

/** The answers to "Does this decision affect our students of focus?". */
export const focusAnswerLabels = {
  yes: 'Yes',
  no: 'No',
  unknown: 'Not sure yet',
} as const;

/** How an evidence link is named in the list and on its buttons. */
export function evidenceName(link: EvidenceLink): string {
  switch (link.kind) {
    case 'run-card':
      return link.text.trim() || 'Card from a protocol run';
    case 'artifact':
      return link.name.trim() || 'Student work';
    case 'cycle':
      return link.title.trim() || 'Improvement cycle';
    case 'url':
      return link.label.trim() || link.url;
  }
}
