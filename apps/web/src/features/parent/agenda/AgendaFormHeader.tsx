import { Anchor, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

/** The top of a form reached from the agenda (Dag aanvragen, Ruildag aanvragen, Afwezigheid doorgeven). */
export function AgendaFormHeader({ back, title, intro }: { back: string; title: string; intro: string }) {
  return (
    <>
      <Anchor component={Link} to="/agenda" size="sm">
        {back}
      </Anchor>
      <Title order={1}>{title}</Title>
      <Text>{intro}</Text>
    </>
  );
}
