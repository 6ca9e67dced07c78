import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Flex, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { customerKeys, useUpdateCustomer } from '../customers.api';
import { type CustomerDetail, type CustomerInput, customerFields } from '../customers.types';
import { useDuplicateAwareSave } from '../useDuplicateAwareSave';
import { CustomerForm, toCustomerBody, useLocalizeCustomerError } from './CustomerForm';
import { DuplicateDialog } from './DuplicateDialog';

/** Edits a customer with If-Match; when someone else saved first the user is told and the record reloads. */
export function EditCustomerDrawer({ customer, onClose }: { customer: CustomerDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<CustomerInput>();
  const update = useUpdateCustomer(customer.id);
  const localize = useLocalizeCustomerError();
  const flow = useDuplicateAwareSave<CustomerInput>(
    form,
    customerFields,
    async (values, allowDuplicate) => {
      try {
        await update.mutateAsync({ ...toCustomerBody(values), version: customer.version, allowDuplicate });
      } catch (err) {
        if (err instanceof ApiError && err.status === 412) {
          message.warning(t('customers.staleReloaded'));
          await qc.invalidateQueries({ queryKey: customerKeys.detail(customer.id) });
          onClose();
          return;
        }
        throw err;
      }
      message.success(t('common.saved'));
      onClose();
    },
    localize,
  );

  return (
    <Drawer open title={t('customers.edit')} size={720} onClose={onClose} destroyOnHidden>
      <ErrorAlert error={flow.error} />
      <CustomerForm
        form={form}
        customerId={customer.id}
        legacy={{
          region: customer.regionCode ? null : customer.region,
          industry: customer.industryCode ? null : customer.industry,
        }}
        initialValues={{
          name: customer.name,
          creditCode: customer.creditCode,
          industryCode: customer.industryCode,
          scale: customer.scale,
          regionCode: customer.regionCode,
          address: customer.address,
          source: customer.source,
          stage: customer.stage,
          tier: customer.tier,
          ownerId: customer.ownerId,
          teamId: customer.teamId,
          tags: customer.tags,
          notes: customer.notes,
        }}
        onFinish={flow.submit}
      >
        <Flex gap={8} justify="flex-end">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={flow.saving}>
            {t('common.save')}
          </Button>
        </Flex>
      </CustomerForm>
      <DuplicateDialog
        matches={flow.matches}
        saving={flow.saving}
        onProceed={() => void flow.proceed()}
        onCancel={flow.cancel}
      />
    </Drawer>
  );
}
