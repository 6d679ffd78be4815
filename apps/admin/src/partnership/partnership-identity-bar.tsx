// The partnership's identity bar: its name, kind (CDRP, DAAT or CSP), region and county, and its
// status tags. Hidden labels make the facts read as "Type: CDRP, Region: North West".
import { MojIdentityBar } from '../govuk';
import type { QueryState } from '../graphql';
import { knownRegions, regionName, useRegions } from '../regions';
import type { PartnershipData } from './partnership.query';
import { PartnershipStatusTags } from './partnership-status-tags';

const TYPE_NAMES: Readonly<Record<string, string>> = {
  CDRP: 'Crime and Disorder Reduction Partnership',
  DAAT: 'Drug and Alcohol Action Team',
  CSP: 'Community Safety Partnership',
};

export function PartnershipIdentityBar({ view }: { readonly view: QueryState<PartnershipData> }) {
  const regions = knownRegions(useRegions());
  if (view.status !== 'loaded') {
    return <MojIdentityBar label="Partnership" title="Loading the partnership…" />;
  }
  const { partnership } = view.data;
  return (
    <MojIdentityBar label="Partnership" title={<strong className="app-identity-bar__name">{partnership.name}</strong>}>
      <ul className="app-identity-bar__facts">
        <li>
          <span className="govuk-visually-hidden">Type: </span>
          <abbr title={TYPE_NAMES[partnership.type]}>{partnership.type}</abbr>
        </li>
        <li>
          <span className="govuk-visually-hidden">Region: </span>
          {regionName(regions, partnership.region)}
        </li>
        {partnership.county && (
          <li>
            <span className="govuk-visually-hidden">County: </span>
            {partnership.county}
          </li>
        )}
      </ul>
      <PartnershipStatusTags partnership={partnership} />
    </MojIdentityBar>
  );
}
