// A GOV.UK tag: the words say the status; the colour only helps the eye.
import type { TagWording } from './support-wording';

export function Tag({ wording }: { readonly wording: TagWording }) {
  return <strong className={`govuk-tag ${wording.colour}`}>{wording.text}</strong>;
}
