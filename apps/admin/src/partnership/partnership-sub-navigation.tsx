// The partnership page's sub navigation: Overview, Assessment, Support, Actions, Timeline.
import { useLocation } from 'react-router';
import { MojSubNavigation } from '../govuk';
import { currentSection, PARTNERSHIP_SECTIONS, sectionPath } from './partnership-sections';

export function PartnershipSubNavigation({ partnershipId }: { readonly partnershipId: string }) {
  const { pathname } = useLocation();
  const current = currentSection(partnershipId, pathname);
  const items = PARTNERSHIP_SECTIONS.map((section) => {
    const to = sectionPath(partnershipId, section);
    const inSection = current === section;
    return {
      text: section.text,
      to,
      current: inSection ? (pathname.replace(/\/+$/, '') === to ? ('page' as const) : ('true' as const)) : false,
    } as const;
  });
  return <MojSubNavigation label="Partnership sections" items={items} />;
}
