import { useMyBillsQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { BillCard } from './requests';
import { PageHeading } from '../ui/page-heading';

export default function BillsPage() {
  const { t } = useI18n();
  const bills = useMyBillsQuery({ variables: { status: null }, fetchPolicy: 'cache-and-network' });
  const list = bills.data?.myBills.nodes ?? [];
  return (
    <div className="narrow">
      <PageHeading>{t('bills.title')}</PageHeading>
      {bills.loading && !bills.data ? (
        <p role="status" className="loading">
          {t('app.loading')}
        </p>
      ) : list.length ? (
        list.map((b) => <BillCard key={b.number} bill={b} onPaid={() => void bills.refetch()} />)
      ) : (
        <p className="card">{t('bills.none')}</p>
      )}
    </div>
  );
}
