// The document title of a section of a partnership's page: the section, then whose page it is
// once that is known ("Improvement actions – Allerdale CDRP – National Support Framework – GOV.UK").
import { PageTitle } from '../govuk';
import { usePartnershipName } from './partnership-context';

export function PartnershipPageTitle({ section }: { readonly section: string }) {
  const name = usePartnershipName();
  return <PageTitle title={name ? `${section} – ${name}` : section} />;
}
