import { UnreadCountDocument, useMarkNotificationsReadMutation, useNotificationsQuery } from '../gql/graphql';
import { inLang, useI18n } from '../i18n/i18n';
import { formatDateTime } from '../i18n/format';
import { presentServerText } from '../i18n/server-text';
import { Link } from '../router';
import { PageHeading } from '../ui/page-heading';

/** Links the server may send that lead inside the portal (never elsewhere). */
const internal = (link: string | null | undefined) => (link && /^\/[a-z]/.test(link) && !link.startsWith('//') ? link : null);

export default function NotificationsPage() {
  const { t, lang } = useI18n();
  const list = useNotificationsQuery({ variables: { after: null }, fetchPolicy: 'network-only' });
  const [mark, marking] = useMarkNotificationsReadMutation({ refetchQueries: [UnreadCountDocument] });
  const data = list.data?.notifications;

  async function markRead(input: { ids?: string[]; all?: boolean }) {
    await mark({ variables: { input } });
    await list.refetch();
  }
  async function more() {
    if (!data?.pageInfo.endCursor) return;
    await list.fetchMore({
      variables: { after: data.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        notifications: { ...fetchMoreResult.notifications, nodes: [...previous.notifications.nodes, ...fetchMoreResult.notifications.nodes] },
      }),
    });
  }
  return (
    <div className="narrow">
      <PageHeading>{t('notifications.title')}</PageHeading>
      {data && (
        <div className="actions toolbar">
          <p className="badge">{t('notifications.unread', { count: data.unreadCount })}</p>
          {data.unreadCount > 0 && (
            <button type="button" className="button-secondary" onClick={() => void markRead({ all: true })} disabled={marking.loading}>
              {t('notifications.markAllRead')}
            </button>
          )}
        </div>
      )}
      {list.loading && !data ? (
        <p role="status" className="loading">
          {t('app.loading')}
        </p>
      ) : data?.nodes.length ? (
        <ul className="list">
          {data.nodes.map((n) => (
            <li key={n.id} className={`list-item${n.read ? '' : ' unread'}`}>
              <h2 className="h3">
                {!n.read && <span className="visually-hidden">{t('notifications.new')}: </span>}
                {inLang(lang, n.titleAr, n.titleEn)}
              </h2>
              <p>{presentServerText(inLang(lang, n.bodyAr, n.bodyEn), lang)}</p>
              <p className="hint">{formatDateTime(n.createdAt, lang)}</p>
              <div className="actions">
                {internal(n.link) && <Link href={internal(n.link)!}>{t('notifications.open')}</Link>}
                {!n.read && (
                  <button type="button" className="button-link-plain" onClick={() => void markRead({ ids: [n.id] })} disabled={marking.loading}>
                    {t('notifications.markRead')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="card">{t('notifications.none')}</p>
      )}
      {data?.pageInfo.hasNextPage && (
        <button type="button" className="button-secondary" onClick={() => void more()} disabled={list.loading}>
          {t('notifications.more')}
        </button>
      )}
    </div>
  );
}
