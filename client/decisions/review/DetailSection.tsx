import { Stack, Title, type TitleOrder } from '@mantine/core';
import type { ReactNode } from 'react';

interface DetailSectionProps {
  /** Unique on the page: the heading's id. */
  id: string;
  title: string;
  /** h2 on the decision page, h3 inside a report's decision block. */
  order: TitleOrder;
  /** A named region (the decision page) or a plain block (the report's 200 decisions). */
  isLandmark?: boolean;
  children: ReactNode;
}

/** A titled part of a decision, as a section named by its heading. */
export function DetailSection(props: DetailSectionProps) {
  const { id, title, order, isLandmark = true, children } = props;
  return (
    <Stack
      component={isLandmark ? 'section' : 'div'}
      aria-labelledby={isLandmark ? id : undefined}
      gap="xs"
    >
      <Title order={order} size={order === 2 ? 'h3' : 'h5'} id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}
