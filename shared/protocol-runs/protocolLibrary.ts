import type { Protocol, ProtocolStep } from './protocolSchema';

/** A protocol that ships with the product, identified by a stable slug. */
export interface LibraryProtocol extends Protocol {
  id: string;
  /** Where the published structure comes from. */
  source: string;
}

type Step = Omit<ProtocolStep, 'id'>;

/** Library steps are `step-1`, `step-2`… in order; a step that shows none says so explicitly. */
const steps = (list: Step[]): ProtocolStep[] =>
  list.map((s, i) => ({ ...s, id: `step-${i + 1}`, shows: s.shows ?? [] }));

/** Columns of the library step numbered `step` (from 1) that a later step shows. */
const from = (step: number, ...columns: string[]) =>
  columns.map((column) => ({ stepId: `step-${step}`, column }));

/**
 * The library: published discussion protocols, with their steps, typical minutes and roles.
 * The prompts are our own words. Teams copy a protocol to adapt it.
 */
export const protocolLibrary: readonly LibraryProtocol[] = [
  {
    id: 'notice-and-wonder',
    name: 'Notice and Wonder (data)',
    source: 'Notice and Wonder data protocol',
    description:
      'Look at a data display together, separate observations from questions, then talk about causes and what else you need to know.',
    roles: ['Facilitator', 'Scribe', 'Participants'],
    steps: steps([
      {
        title: 'Silent noticing',
        minutes: 5,
        prompt:
          'Study the data on your own. Write one card per thing you notice: observations only, no explanations or judgments yet.',
        speaking: 'silent',
        columns: ['I notice'],
        collect: 'open',
      },
      {
        title: 'Share what we noticed',
        minutes: 5,
        prompt:
          'Go around the group and read one noticing each from the board. No discussion yet: just listen.',
        speaking: 'round-robin',
        columns: [],
        shows: from(1, 'I notice'),
        collect: 'open',
      },
      {
        title: 'Silent wondering',
        minutes: 5,
        prompt: 'On your own, write the questions the data raises for you: one wondering per card.',
        speaking: 'silent',
        columns: ['I wonder'],
        collect: 'open',
      },
      {
        title: 'Share what we wonder',
        minutes: 10,
        prompt: 'Go around again and read one wondering each. Listen for wonderings that repeat.',
        speaking: 'round-robin',
        columns: [],
        shows: from(3, 'I wonder'),
        collect: 'open',
      },
      {
        title: 'Discuss causes and next data',
        minutes: 15,
        prompt:
          'What might explain what we see? How does it connect to our instruction? What other data would we need to be sure?',
        speaking: 'everyone',
        columns: ['Possible causes', 'Links to instruction', 'Data we still need'],
        shows: [...from(1, 'I notice'), ...from(3, 'I wonder')],
        collect: 'open',
      },
    ]),
  },
  {
    id: 'atlas-looking-at-data',
    name: 'ATLAS: Looking at Data',
    source: 'School Reform Initiative, ATLAS Learning from Student Work',
    description:
      'Move from describing student work, to interpreting it, to what it means for teaching, without jumping to conclusions.',
    roles: ['Facilitator', 'Presenter', 'Participants'],
    steps: steps([
      {
        title: 'Norms and getting started',
        minutes: 5,
        prompt:
          'Review our norms. The presenter briefly says what the work or data is and where it comes from, without drawing conclusions.',
        speaking: 'presenter-only',
        columns: [],
        collect: 'open',
      },
      {
        title: 'Describe the work',
        minutes: 10,
        prompt:
          'What do you see? Say only what is there: facts and features, no interpretation. If you hear a judgment, ask for the evidence.',
        speaking: 'everyone',
        columns: ['What we see'],
        collect: 'open',
      },
      {
        title: 'Interpret',
        minutes: 10,
        prompt:
          'What does the work suggest about what students understand and are trying to do? Which assumptions are we making?',
        speaking: 'everyone',
        columns: ['What it suggests', 'Assumptions we make'],
        shows: from(2, 'What we see'),
        collect: 'open',
      },
      {
        title: 'Implications for practice',
        minutes: 10,
        prompt:
          'What does this mean for our teaching? What steps could we take in our classrooms and as a school?',
        speaking: 'everyone',
        columns: ['Implications', 'Next steps'],
        shows: from(3, 'What it suggests'),
        collect: 'open',
      },
      {
        title: 'Reflect on the protocol',
        minutes: 10,
        prompt:
          'How did the protocol work for us? What did we learn about looking at student work together?',
        speaking: 'everyone',
        columns: ['Reflections'],
        collect: 'open',
      },
    ]),
  },
  {
    id: 'collaborative-assessment-conference',
    name: 'Collaborative Assessment Conference',
    source: 'Project Zero, Harvard Graduate School of Education',
    description:
      'Look closely at one piece of student work with no context first, describe it without judging, and ask what the student is working on. 45 to 75 minutes.',
    roles: ['Facilitator', 'Presenting teacher', 'Participants'],
    steps: steps([
      {
        title: 'Look at the work in silence',
        minutes: 5,
        prompt: 'Read or look at the work on your own. No context yet: let the work speak first.',
        speaking: 'silent',
        columns: [],
        collect: 'open',
      },
      {
        title: 'Describe without judging',
        minutes: 10,
        prompt:
          'What do you see? Describe the work itself. Hold back judgments of quality or preference.',
        speaking: 'presenter-listens',
        columns: ['What we see'],
        collect: 'open',
      },
      {
        title: 'Raise questions',
        minutes: 10,
        prompt: 'What questions does the work raise about the student, the task or the context?',
        speaking: 'presenter-listens',
        columns: ['Questions'],
        collect: 'open',
      },
      {
        title: 'What is the student working on?',
        minutes: 10,
        prompt:
          'Based on what you see, what do you think the student was working on or trying to figure out?',
        speaking: 'presenter-listens',
        columns: ['The student is working on'],
        shows: from(2, 'What we see'),
        collect: 'open',
      },
      {
        title: 'The presenting teacher responds',
        minutes: 10,
        prompt:
          'The presenting teacher, silent until now, shares context, answers questions and says what struck them.',
        speaking: 'presenter-only',
        columns: [],
        shows: [...from(3, 'Questions'), ...from(4, 'The student is working on')],
        collect: 'open',
      },
      {
        title: 'Implications for teaching',
        minutes: 10,
        prompt: 'What did this conversation suggest about teaching this student and others?',
        speaking: 'everyone',
        columns: ['Implications', 'Next steps'],
        shows: from(4, 'The student is working on'),
        collect: 'open',
      },
      {
        title: 'Reflect',
        minutes: 5,
        prompt:
          'How did the conference go? What did we notice about our own looking and listening?',
        speaking: 'everyone',
        columns: ['Reflections'],
        collect: 'open',
      },
    ]),
  },
  {
    id: 'tuning',
    name: 'Tuning protocol',
    source: 'Tuning protocol (Coalition of Essential Schools; School Reform Initiative)',
    description:
      'A presenter shares work and a focusing question; colleagues give warm and cool feedback to tune it. 6 to 12 people, 45 to 60 minutes.',
    roles: ['Facilitator', 'Presenter', 'Participants'],
    steps: steps([
      {
        title: 'Introduction',
        minutes: 5,
        prompt: 'The facilitator reviews the goals, norms and steps of the protocol.',
        speaking: 'facilitator',
        columns: [],
        collect: 'open',
      },
      {
        title: 'Presentation',
        minutes: 15,
        prompt:
          'The presenter shares the context, student work samples with names removed, and a focusing question. Participants listen silently.',
        speaking: 'presenter-only',
        columns: [],
        collect: 'open',
      },
      {
        title: 'Clarifying questions',
        minutes: 5,
        prompt:
          'Ask brief questions of fact that have short answers. Save deeper questions for later.',
        speaking: 'everyone',
        columns: ['Clarifying questions'],
        collect: 'open',
      },
      {
        title: 'Examine the work',
        minutes: 10,
        prompt: 'Look closely at the work in silence, with the focusing question in mind.',
        speaking: 'silent',
        columns: [],
        collect: 'open',
      },
      {
        title: 'Pause to reflect',
        minutes: 3,
        prompt:
          'Take a moment to decide what warm and cool feedback would help the presenter most.',
        speaking: 'silent',
        columns: ['Warm feedback', 'Cool feedback'],
        collect: 'private',
      },
      {
        title: 'Warm and cool feedback',
        minutes: 15,
        prompt:
          'Share warm feedback (strengths) and cool feedback (gaps and questions) tied to the focusing question. The presenter listens silently and takes notes.',
        speaking: 'presenter-listens',
        columns: [],
        shows: from(5, 'Warm feedback', 'Cool feedback'),
        collect: 'open',
      },
      {
        title: 'Presenter responds',
        minutes: 10,
        prompt:
          'The presenter reflects on the feedback that matters most to them. Participants listen silently.',
        speaking: 'presenter-only',
        columns: ['Next steps'],
        shows: from(5, 'Warm feedback', 'Cool feedback'),
        collect: 'open',
      },
      {
        title: 'Debrief',
        minutes: 5,
        prompt: 'How did the protocol go? How did we keep to our norms?',
        speaking: 'everyone',
        columns: ['Reflections'],
        collect: 'open',
      },
    ]),
  },
  {
    id: 'consultancy',
    name: 'Consultancy protocol',
    source: 'Consultancy protocol (School Reform Initiative)',
    description:
      'A presenter brings a dilemma and a framing question; the group helps them think, not solve it for them. About 50 minutes.',
    roles: ['Facilitator', 'Presenter', 'Consultants'],
    steps: steps([
      {
        title: 'The dilemma',
        minutes: 10,
        prompt:
          'The presenter describes the dilemma and asks a framing question, while the group looks at any artifacts.',
        speaking: 'presenter-only',
        columns: [],
        collect: 'open',
      },
      {
        title: 'Clarifying questions',
        minutes: 5,
        prompt: 'Ask questions of fact with brief answers, to understand the situation.',
        speaking: 'everyone',
        columns: ['Clarifying questions'],
        collect: 'open',
      },
      {
        title: 'Probing questions',
        minutes: 10,
        prompt:
          'Ask open questions that help the presenter think more deeply about the dilemma. The presenter may answer or just consider them.',
        speaking: 'everyone',
        columns: ['Probing questions'],
        collect: 'open',
      },
      {
        title: 'Group discussion',
        minutes: 15,
        prompt:
          'Talk among yourselves about the dilemma and the framing question. The presenter listens silently and takes notes.',
        speaking: 'presenter-listens',
        columns: ['Ideas', 'Questions to consider'],
        shows: from(3, 'Probing questions'),
        collect: 'open',
      },
      {
        title: 'Presenter reflects',
        minutes: 5,
        prompt: 'The presenter shares what struck them and what they might do next.',
        speaking: 'presenter-only',
        columns: ['Next steps'],
        shows: from(4, 'Ideas', 'Questions to consider'),
        collect: 'open',
      },
      {
        title: 'Debrief',
        minutes: 5,
        prompt: 'How did the protocol serve the presenter? What would we do differently?',
        speaking: 'everyone',
        columns: ['Reflections'],
        collect: 'open',
      },
    ]),
  },
  {
    id: 'consultancy-short',
    name: 'Consultancy (20-minute form)',
    source: 'Consultancy protocol, short form',
    description: 'The consultancy without probing questions, for a quick dilemma.',
    roles: ['Facilitator', 'Presenter', 'Consultants'],
    steps: steps([
      {
        title: 'The dilemma',
        minutes: 5,
        prompt: 'The presenter describes the dilemma and asks a framing question.',
        speaking: 'presenter-only',
        columns: [],
        collect: 'open',
      },
      {
        title: 'Clarifying questions',
        minutes: 3,
        prompt: 'Ask brief questions of fact.',
        speaking: 'everyone',
        columns: ['Clarifying questions'],
        collect: 'open',
      },
      {
        title: 'Group discussion',
        minutes: 9,
        prompt: 'Discuss the dilemma while the presenter listens silently and takes notes.',
        speaking: 'presenter-listens',
        columns: ['Ideas'],
        collect: 'open',
      },
      {
        title: 'Presenter reflects',
        minutes: 3,
        prompt: 'The presenter shares what they heard and what they will try.',
        speaking: 'presenter-only',
        columns: ['Next steps'],
        shows: from(3, 'Ideas'),
        collect: 'open',
      },
    ]),
  },
];

/** A library protocol by id. */
export function findLibraryProtocol(id: string): LibraryProtocol | undefined {
  return protocolLibrary.find((p) => p.id === id);
}
