import { useCurrentMe } from '../../account/me-context.ts';
import { StaffSectionPage } from '../StaffPages.tsx';
import { canSeeSection, staffSections } from '../staff-sections.ts';
import { AssessmentPage } from './AssessmentPage.tsx';

/** `/beheer/aanvragen`: only roles that assess requests get the queue; others the section's "no access" page. */
export function AssessmentSection() {
  const me = useCurrentMe();
  const section = staffSections.find((candidate) => candidate.id === 'requests');
  if (!section || !canSeeSection(section, me.account.roles)) return <StaffSectionPage id="requests" />;
  return <AssessmentPage />;
}
