import { Select } from '@mantine/core';
import type { Group } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { Outlet, useSearchParams } from 'react-router';
import { useCurrentMe } from '../../account/me-context.ts';
import { StaffSectionPage } from '../StaffPages.tsx';
import { canSeeSection, staffSections } from '../staff-sections.ts';

/** `/beheer/tijdlijn/*`: roles that do not work in groups get the section's "no access" page. */
export function TimelineLayout() {
  const me = useCurrentMe();
  const section = staffSections.find((candidate) => candidate.id === 'timeline');
  if (!section || !canSeeSection(section, me.account.roles)) return <StaffSectionPage id="timeline" />;
  return <Outlet />;
}

/** The chosen group lives in the address (`?groep=`); the first group when none (or an unknown one) is chosen. */
export function useChosenGroup(groups: readonly Group[] | undefined) {
  const [params, setParams] = useSearchParams();
  const wanted = params.get('groep');
  const group = groups?.find((candidate) => candidate.id === wanted) ?? groups?.[0] ?? null;
  const choose = (groupId: string) =>
    setParams(
      (previous) => {
        const search = new URLSearchParams(previous);
        search.set('groep', groupId);
        return search;
      },
      { replace: true },
    );
  return { group, choose };
}

export function GroupSelect({
  groups,
  value,
  onChange,
}: {
  groups: readonly Group[];
  value: string | null;
  onChange: (groupId: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('timeline.staff.group')}
      data={groups.map((group) => ({ value: group.id, label: group.name }))}
      value={value}
      onChange={(next) => next && onChange(next)}
      allowDeselect={false}
      maw={360}
    />
  );
}
