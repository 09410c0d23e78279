import { Group, Radio, Stack, Text, Title } from '@mantine/core';
import { Lock } from 'lucide-react';
import type { DecisionModel } from '../../shared/decisions/decisionRules';
import { decisionModels } from '../../shared/decisions/decisionRules';
import { isVotingModel } from '../../shared/decisions/tally';
import { modelLockReason } from './decisionActions';
import { modelLabels } from '../../shared/decisions/decisionLabels';
import type { DecisionView } from './decisionView';

/** "How we decide": the decision-making model, declared before the discussion starts. */
export function ModelSection({ view }: { view: DecisionView }) {
  const { fields, status, canWrite, write } = view;
  const lockReason = modelLockReason(status);
  const isDisabled = !canWrite || lockReason !== null;

  return (
    <Stack component="section" aria-labelledby="decision-model-heading" gap="sm">
      <Title order={2} id="decision-model-heading">
        How we decide
      </Title>
      <Radio.Group
        label="Decision-making model"
        description="Agree on it before the discussion starts. A vote needs one."
        value={fields.model}
        onChange={(value) => write({ model: value as DecisionModel })}
        readOnly={isDisabled}
      >
        <Stack gap="sm" mt="xs">
          {decisionModels.map((model) => (
            <Radio
              key={model}
              value={model}
              label={modelLabels[model].label}
              description={modelLabels[model].description}
              disabled={isDisabled}
              size="md"
            />
          ))}
        </Stack>
      </Radio.Group>
      {lockReason && canWrite && (
        <Group gap={6} wrap="nowrap" c="gray.8">
          <Lock size={16} aria-hidden="true" />
          <Text size="sm" c="inherit">
            {lockReason}
          </Text>
        </Group>
      )}
      {fields.model === null && (
        <Text size="sm" c="dimmed">
          No model chosen yet.
        </Text>
      )}
      {fields.model !== null && !isVotingModel(fields.model) && (
        <Text size="sm" c="dimmed">
          This model decides without a vote.
        </Text>
      )}
    </Stack>
  );
}
