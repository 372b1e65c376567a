import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { renderResult } from '../../../components/QueryResult.tsx';
import { notify } from '../../../lib/notify.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useMyChildren } from '../my-child/queries.ts';
import { DiaryForm } from './DiaryForm.tsx';

/** `/mijn-kind/dagboek/schrijven?kind=`: a guardian writes in the diary of one of their children (P5). */
export function DiaryWritePage() {
  const { t } = useTranslation();
  usePageTitle(t('timeline.diaryForm.title'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const children = useMyChildren();
  return (
    <Stack gap="md" maw={720}>
      <Anchor component={Link} to="/mijn-kind" size="sm">
        {t('timeline.backToMyChild')}
      </Anchor>
      <Title order={1}>{t('timeline.diaryForm.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('timeline.diaryForm.intro')}
      </Text>
      {renderResult(children, ({ children: list }) =>
        list.length === 0 ? (
          <Text c="dimmed">{t('families.myChild.empty')}</Text>
        ) : (
          <DiaryForm
            childOptions={list.map((child) => ({ id: child.id, name: child.firstName }))}
            initialChildId={params.get('kind')}
            onCreated={(entry) => {
              notify(t('timeline.diaryForm.sent'), 'success');
              navigate(`/mijn-kind/dagboek/${entry.id}`);
            }}
            onCancel={() => navigate('/mijn-kind')}
          />
        ),
      )}
    </Stack>
  );
}
