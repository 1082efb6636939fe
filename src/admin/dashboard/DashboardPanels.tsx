import React from 'react'

import type { ContributionsPanel, DashboardData, DashboardItem, ItemPanel } from './data'

import { inLanguage, NEWSROOM_TIME_ZONE } from '../../i18n/locales'
import { STATE_LABELS, type WorkflowState } from '../../../plugins/workflow/src/states'
import { HOLD_TEXT, textIn } from '../../../plugins/ai-ethics/src/labels'
import { dashboardText, EMPTY_TEXT } from './text'
import './dashboard.scss'

type T = ReturnType<typeof dashboardText>

type Props = {
  adminRoute: string
  data: DashboardData
  /** The interface language: strings, and how dates are written. */
  language: string
}

const base = 'newsroom-dashboard'

/** Intl locale for an interface language (Kazakh dates as Kazakhstan writes them). */
const intlLocale = (language: string) =>
  ({ en: 'en-GB', kk: 'kk-KZ', ru: 'ru-RU' })[language] ?? 'en-GB'

/** The newsroom's own clock: the server renders this, so the reader's zone is unknown; the desk works in Kazakhstan time. */
const formatInstant = (language: string, iso: string) =>
  new Intl.DateTimeFormat(intlLocale(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: NEWSROOM_TIME_ZONE,
  }).format(new Date(iso))

const formatDay = (language: string, day: string) =>
  new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  )

/** The admin home's panels: the user's work queues and this month's contributions (data from `loadDashboard`). */
export const DashboardPanels: React.FC<Props> = ({ adminRoute, data, language }) => {
  const t = dashboardText(language)
  return (
    <section aria-labelledby={`${base}-heading`} className={base}>
      <h2 className={`${base}__heading`} id={`${base}-heading`}>
        {t('heading')}
      </h2>
      <div className={`${base}__panels`}>
        {data.panels.map((panel) => (
          <ItemPanelView
            adminRoute={adminRoute}
            key={panel.key}
            language={language}
            panel={panel}
            t={t}
          />
        ))}
        {data.contributions ? (
          <ContributionsView language={language} panel={data.contributions} t={t} />
        ) : null}
      </div>
    </section>
  )
}

const ItemPanelView: React.FC<{ adminRoute: string; language: string; panel: ItemPanel; t: T }> = ({
  adminRoute,
  language,
  panel,
  t,
}) => {
  const headingId = `${base}-${panel.key}`
  const title = t(panel.key)
  return (
    <section aria-labelledby={headingId} className={`${base}__panel`} data-panel={panel.key}>
      <h3 className={`${base}__panel-heading`} id={headingId}>
        {title} <span className={`${base}__count`}>{panel.count}</span>
      </h3>
      {panel.count === 0 ? (
        <p className={`${base}__empty`}>{t(EMPTY_TEXT[panel.key])}</p>
      ) : (
        <>
          <ul className={`${base}__items`}>
            {panel.items.map((item) => (
              <ItemRow
                item={item}
                key={`${item.collection}-${item.id}`}
                language={language}
                scheduled={panel.key === 'scheduled'}
                showState={panel.key === 'sentForReview'}
                t={t}
              />
            ))}
          </ul>
          <p className={`${base}__see-all`} id={`${headingId}-all`}>
            {t('seeAll')}:
          </p>
          <ul aria-labelledby={`${headingId}-all ${headingId}`} className={`${base}__links`}>
            {panel.links.map((link) => (
              <li key={link.collection}>
                <a href={link.href}>
                  {link.collectionLabel} ({link.count})
                  <span className={`${base}__sr`}> — {title}</span>
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {panel.key === 'ethics' ? (
        <p className={`${base}__more`}>
          <a href={`${adminRoute}/ethics-queue`}>{t('openEthicsQueue')}</a>
        </p>
      ) : null}
    </section>
  )
}

/** One item; `showState` where a panel mixes workflow states (what she sent to the desk). */
const ItemRow: React.FC<{
  item: DashboardItem
  language: string
  scheduled: boolean
  showState?: boolean
  t: T
}> = ({ item, language, scheduled, showState, t }) => (
  <li className={`${base}__item`}>
    <a className={`${base}__item-title`} href={item.href}>
      {item.title?.trim() ? item.title : t('untitled')}
    </a>
    <span className={`${base}__meta`}>
      {item.held ? (
        <span className={`${base}__held`} data-held={item.held}>
          {textIn(
            item.held === 'pending' ? HOLD_TEXT.pendingShort : HOLD_TEXT.rejectedShort,
            language,
          )}
          {' · '}
        </span>
      ) : null}
      {showState && item.state ? (
        <span className={`${base}__state`} data-state={item.state}>
          {inLanguage(STATE_LABELS[item.state as WorkflowState] ?? { en: item.state }, language)}
        </span>
      ) : null}
      {item.collectionLabel} · {item.region ?? t('noRegion')}
      {item.date ? (
        <>
          {' · '}
          {scheduled ? t('publishes') : t('updated')}{' '}
          <time dateTime={item.date}>{formatInstant(language, item.date)}</time>
        </>
      ) : null}
    </span>
  </li>
)

const ContributionsView: React.FC<{ language: string; panel: ContributionsPanel; t: T }> = ({
  language,
  panel,
  t,
}) => {
  const headingId = `${base}-contributions`
  const period = t('period', {
    from: formatDay(language, panel.from),
    to: formatDay(language, panel.to),
  })
  return (
    <section
      aria-labelledby={headingId}
      className={`${base}__panel ${base}__panel--wide`}
      data-panel="contributions"
    >
      <h3 className={`${base}__panel-heading`} id={headingId}>
        {t('contributions')} <span className={`${base}__count`}>{panel.totals.total}</span>
      </h3>
      {panel.totals.total === 0 ? (
        <p className={`${base}__empty`}>{t('emptyContributions')}</p>
      ) : (
        <div className={`${base}__table-wrap`}>
          <table className={`${base}__table`}>
            <caption>{period}</caption>
            <thead>
              <tr>
                <th scope="col">{t('region')}</th>
                {panel.types.map((type) => (
                  <th key={type.key} scope="col">
                    {type.label}
                  </th>
                ))}
                <th scope="col">{t('total')}</th>
              </tr>
            </thead>
            <tbody>
              {panel.rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.href ? <a href={row.href}>{row.label}</a> : row.label}</th>
                  {panel.types.map((type) => (
                    <td key={type.key}>{row.counts[type.key]}</td>
                  ))}
                  <td>{row.total}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('total')}</th>
                {panel.types.map((type) => (
                  <td key={type.key}>{panel.totals.counts[type.key]}</td>
                ))}
                <td>{panel.totals.total}</td>
              </tr>
            </tfoot>
          </table>
          {panel.truncated ? <p className={`${base}__note`}>{t('topRegions')}</p> : null}
        </div>
      )}
      <p className={`${base}__more`}>
        <a href={panel.href}>{t('openReport')}</a>
      </p>
    </section>
  )
}
