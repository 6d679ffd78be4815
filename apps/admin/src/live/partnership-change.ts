// What the platform's live channel says when a partnership an open overview shows has changed
// (GET /events/overview, event `partnership-changed`).

export interface PartnershipChange {
  readonly partnershipId: string;
  readonly region: string;
  readonly eventType: string;
  readonly globalPosition: number;
}

export function readPartnershipChange(data: string): PartnershipChange | null {
  try {
    const value: unknown = JSON.parse(data);
    if (typeof value !== 'object' || value === null) return null;
    const { partnershipId, region, eventType, globalPosition } = value as Record<string, unknown>;
    if (typeof partnershipId !== 'string' || typeof region !== 'string') return null;
    if (typeof eventType !== 'string' || typeof globalPosition !== 'number') return null;
    return { partnershipId, region, eventType, globalPosition };
  } catch {
    return null;
  }
}
