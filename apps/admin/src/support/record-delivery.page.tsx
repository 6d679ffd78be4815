// Recording that approved support was delivered: the date, and notes on how it went.
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useAuth } from '../auth';
import { DateInput, Textarea } from '../govuk';
import { CaseFormScreen, type CaseInForm } from './case-form-screen';
import {
  checkDelivery,
  deliveryDatePart,
  DELIVERY_FIELDS,
  DELIVERY_FIELD_IDS,
  DELIVERY_FORBIDDEN,
  EMPTY_DELIVERY,
  toDeliveryInput,
  type DeliveryField,
  type DeliveryValues,
} from './record-delivery-form';
import { RECORD_SUPPORT_DELIVERED_MUTATION, type AnsweredCase } from './support-case.mutations';
import { noticeState } from './support-notice';
import { casePath } from './support-paths';
import { useCommandForm, type CommandForm } from './use-command-form';

export function RecordDeliveryPage() {
  const { token } = useAuth();
  const form = useCommandForm<DeliveryField>(token, DELIVERY_FIELDS, DELIVERY_FORBIDDEN);
  return (
    <CaseFormScreen
      title="Record delivery"
      action="deliver"
      form={form}
      fieldOrder={DELIVERY_FIELDS}
      fieldIds={DELIVERY_FIELD_IDS}
    >
      {(loaded) => <RecordDeliveryForm loaded={loaded} form={form} />}
    </CaseFormScreen>
  );
}

function RecordDeliveryForm({
  loaded,
  form,
}: {
  readonly loaded: CaseInForm;
  readonly form: CommandForm<DeliveryField>;
}) {
  const { partnershipId = '' } = useParams();
  const navigate = useNavigate();
  const [values, setValues] = useState<DeliveryValues>(EMPTY_DELIVERY);
  const { supportCase } = loaded;
  const errors = form.problems?.fieldErrors ?? {};

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing = checkDelivery(values);
    if (missing) return form.show(missing);
    const sent = await form.send<{ recordSupportDelivered: AnsweredCase }>(
      RECORD_SUPPORT_DELIVERED_MUTATION,
      values,
      (commandId) => toDeliveryInput(supportCase.caseId, values, commandId),
    );
    if (!sent) return;
    void navigate(casePath(partnershipId, supportCase.uuid), {
      state: noticeState({
        banner: 'Support recorded as delivered',
        expect: { caseId: supportCase.caseId, status: 'DELIVERED', outcomeRecorded: false },
      }),
    });
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <DateInput
        id="deliveredOn"
        legend="When was the support delivered?"
        hint="For example, 27 3 2011"
        value={values.deliveredOn}
        onChange={(deliveredOn) => setValues((current) => ({ ...current, deliveredOn }))}
        error={errors.deliveredOn}
        errorPart={errors.deliveredOn ? deliveryDatePart(values) : undefined}
      />
      <Textarea
        id={DELIVERY_FIELD_IDS.notes}
        name="notes"
        label="Notes on the delivery (optional)"
        hint="For example, who delivered it and how it went."
        value={values.notes}
        onChange={(notes) => setValues((current) => ({ ...current, notes }))}
        error={errors.notes}
      />
      <button type="submit" className="govuk-button">
        Record delivery
      </button>
    </form>
  );
}
