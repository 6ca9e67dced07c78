import { App, Button, Card, Flex, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { useMe } from '../../auth/useAuth';
import { CustomerForm, toCustomerBody, useLocalizeCustomerError } from '../components/CustomerForm';
import { DuplicateDialog } from '../components/DuplicateDialog';
import { useCreateCustomer } from '../customers.api';
import { type CustomerInput, customerFields } from '../customers.types';
import { useDuplicateAwareSave } from '../useDuplicateAwareSave';

export default function CustomerNewPage() {
  const { t } = useTranslation();
  const { me } = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<CustomerInput>();
  const create = useCreateCustomer();
  const localize = useLocalizeCustomerError();
  const flow = useDuplicateAwareSave<CustomerInput>(
    form,
    customerFields,
    async (values, allowDuplicate) => {
      const body = toCustomerBody(values);
      // Left empty, the server picks the caller and their team.
      if (!body.ownerId) delete body.ownerId;
      if (!body.teamId) delete body.teamId;
      const saved = await create.mutateAsync({ ...body, allowDuplicate });
      message.success(t('customers.created'));
      navigate(`/customers/${saved.id}`, { replace: true });
    },
    localize,
  );

  return (
    <>
      <PageHeader
        title={t('customers.new')}
        crumbs={[{ title: t('customers.title'), to: '/customers' }, { title: t('customers.new') }]}
      />
      <Card style={{ maxWidth: 880 }}>
        <ErrorAlert error={flow.error} />
        <CustomerForm
          form={form}
          initialValues={{ ownerId: me?.id, teamId: me?.teamIds[0] }}
          onFinish={flow.submit}
        >
          <Flex gap={8} justify="flex-end">
            <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={flow.saving}>
              {t('common.save')}
            </Button>
          </Flex>
        </CustomerForm>
      </Card>
      <DuplicateDialog
        matches={flow.matches}
        saving={flow.saving}
        onProceed={() => void flow.proceed()}
        onCancel={flow.cancel}
      />
    </>
  );
}
