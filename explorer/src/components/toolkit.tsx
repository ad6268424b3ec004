// An initiative's Co-Production Star toolkit, as tabs: its community assets
// with the offers, needs and matches of its participants (counts below 5
// hidden outside the owner), its incentive menu, where its charters come
// from, its business case, and, for the owner organisation's members, the
// matches of offers and needs and the pseudonymous participants. The owner's
// editors also add participants and withdraw their consent, copy incentives
// from the network's menu and record their uptake, and set the business case.
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import {
  InitiativeMatchesDocument,
  InitiativeParticipantsDocument,
  InitiativeToolkitDocument,
  type Availability,
  type InitiativeParticipantsQuery,
  type InitiativeToolkitQuery,
  type SmallCountPartsFragment,
} from '../gql/graphql';
import { canWrite, useQuery, useViewer } from '../hooks';
import { formatDate, formatMoney, formatNumber, useT, useUiLang, type Messages } from '../i18n';
import { paths } from '../router';
import { CONTRIBUTION_CATEGORIES } from '../vocab';
import { discountRate, FiguresTable } from './business-case';
import { BusinessCaseEditor } from './business-case-editor';
import { CopyTemplates, UptakeForm } from './incentive-editor';
import { ParticipantForm, WithdrawConsent } from './participant-editor';
import { ErrorBox, Loading } from './status';
import { Tabs, type Tab } from './tabs';

type Toolkit = Extract<NonNullable<InitiativeToolkitQuery['node']>, { __typename: 'Initiative' }>;
type Participant = Extract<NonNullable<InitiativeParticipantsQuery['node']>, { __typename: 'Initiative' }>['participants'][number];

/** A count, or "fewer than 5" where the server keeps a small one back. */
export function smallCount(t: Messages, value: SmallCountPartsFragment): string {
  if (value.count != null) return formatNumber(value.count);
  return value.countSuppressed ? t.toolkit.fewerThan5 : t.common.notKnown;
}

function people(t: Messages, value: SmallCountPartsFragment): string {
  if (value.count != null) return t.toolkit.people(value.count);
  return value.countSuppressed ? t.toolkit.fewerPeople : t.common.notKnown;
}

function availability(t: Messages, times: readonly Availability[]): string {
  return times.map((a) => t.labels.availability[a]).join(', ');
}

export function InitiativeToolkit({ id, owner }: { id: string; owner: { slug: string; name: string } }) {
  const t = useT();
  const lang = useUiLang();
  const { viewer } = useViewer();
  // keepPrevious: a change of language reloads the charters' titles in place.
  const query = useQuery(InitiativeToolkitDocument, { id, lang }, { partial: true, keepPrevious: true });
  const node = query.data?.node;
  const toolkit = node?.__typename === 'Initiative' ? node : null;
  const mine = viewer?.organisation.slug === owner.slug;
  // The owner's editors change what the tabs show; the tabs reload after.
  const editable = mine && canWrite(viewer);
  const reload = query.reload;

  const panel =
    (render: (toolkit: Toolkit) => ComponentChildren) =>
    (): ComponentChildren => {
      if (toolkit) return render(toolkit);
      if (query.error) return <ErrorBox error={query.error} onRetry={query.reload} />;
      return query.loading ? <Loading /> : null;
    };

  const tabs: Tab[] = [
    { key: 'assets', label: t.toolkit.tabs.assets, panel: panel((k) => <AssetsPanel toolkit={k} />) },
    {
      key: 'incentives',
      label: t.toolkit.tabs.incentives,
      panel: panel((k) => <IncentivesPanel toolkit={k} editable={editable} onChanged={reload} />),
    },
    { key: 'charter', label: t.toolkit.tabs.charter, panel: panel((k) => <CharterPanel toolkit={k} />) },
    {
      key: 'business-case',
      label: t.toolkit.tabs.businessCase,
      panel: panel((k) => <BusinessCasePanel id={id} toolkit={k} editable={editable} onChanged={reload} />),
    },
  ];
  // Matches are for the owner's editors; participants for any of its members.
  if (editable) {
    tabs.push({ key: 'matches', label: t.toolkit.tabs.matches, panel: () => <MatchesPanel id={id} owner={owner.name} /> });
  }
  if (mine) {
    tabs.push({
      key: 'participants',
      label: t.toolkit.tabs.participants,
      panel: () => <ParticipantsPanel id={id} owner={owner.name} editable={editable} onChanged={reload} />,
    });
  }

  return (
    <section class="section toolkit" aria-labelledby="toolkit-h">
      <h2 id="toolkit-h">{t.toolkit.heading}</h2>
      <Tabs id="toolkit" label={t.toolkit.tabsLabel} tabs={tabs} />
    </section>
  );
}

function AssetsPanel({ toolkit }: { toolkit: Toolkit }) {
  const t = useT();
  const summary = toolkit.assetSummary;
  const order = (c: { category: (typeof CONTRIBUTION_CATEGORIES)[number] }): number => CONTRIBUTION_CATEGORIES.indexOf(c.category);
  const categories = [...summary.categories].sort((a, b) => order(a) - order(b));
  return (
    <>
      <h3>{t.toolkit.summaryHeading}</h3>
      <p class="hint">{t.toolkit.summaryIntro}</p>
      <dl class="summary-list toolkit-counts">
        <div>
          <dt>{t.toolkit.participantCount}</dt>
          <dd class="participant-count">{smallCount(t, summary.participants)}</dd>
        </div>
        <div>
          <dt>{t.toolkit.assetCount}</dt>
          <dd>{formatNumber(summary.assets)}</dd>
        </div>
      </dl>
      {categories.length === 0 ? (
        <p class="empty">{t.toolkit.noCategories}</p>
      ) : (
        <div class="table-scroll" role="region" aria-labelledby="asset-summary-caption" tabIndex={0}>
          <table class="data-table asset-summary">
            <caption id="asset-summary-caption">{t.toolkit.summaryCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.toolkit.category}</th>
                <th scope="col" class="num">
                  {t.toolkit.offers}
                </th>
                <th scope="col" class="num">
                  {t.toolkit.needs}
                </th>
                <th scope="col" class="num">
                  {t.toolkit.matches}
                </th>
              </tr>
            </thead>
            <tbody>
              {categories.map((c) => (
                <tr key={c.category} data-category={c.category}>
                  <th scope="row">{t.labels.contribution[c.category]}</th>
                  <td class="num count-offers">{smallCount(t, c.offers)}</td>
                  <td class="num count-needs">{smallCount(t, c.needs)}</td>
                  <td class="num count-matches">{smallCount(t, c.matches)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t.toolkit.assetsHeading}</h3>
      {toolkit.assets.length === 0 ? (
        <p class="empty">{t.toolkit.noAssets}</p>
      ) : (
        <ul class="card-list asset-list">
          {toolkit.assets.map((asset) => (
            <li key={asset.id} class="card asset">
              <p class="card-badges">
                <span class="badge">{t.labels.assetKind[asset.kind]}</span>{' '}
                <span class="badge">{t.labels.visibilityShort[asset.visibility]}</span>
              </p>
              <p class="asset-description">{asset.description}</p>
              {(asset.location ?? asset.contactRoute) && (
                <dl class="summary-list">
                  {asset.location && (
                    <div>
                      <dt>{t.toolkit.assetLocation}</dt>
                      <dd>{asset.location}</dd>
                    </div>
                  )}
                  {asset.contactRoute && (
                    <div>
                      <dt>{t.toolkit.assetContact}</dt>
                      <dd>{asset.contactRoute}</dd>
                    </div>
                  )}
                </dl>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function IncentivesPanel({ toolkit, editable, onChanged }: { toolkit: Toolkit; editable: boolean; onChanged: () => void }) {
  const t = useT();
  return (
    <>
      <h3>{t.toolkit.incentivesHeading}</h3>
      <p class="hint">{t.toolkit.incentivesIntro}</p>
      {toolkit.incentives.length === 0 ? (
        <p class="empty">{t.toolkit.noIncentives}</p>
      ) : (
        <ul class="card-list incentive-list">
          {toolkit.incentives.map((incentive) => (
            <li key={incentive.id} class="card incentive">
              <h4 class="incentive-title">{incentive.title}</h4>
              {incentive.example && <p>{incentive.example}</p>}
              <p class="incentive-source">
                {incentive.template
                  ? t.toolkit.fromTemplate(incentive.template.publisher.name, incentive.template.title)
                  : t.toolkit.ownIncentive}
              </p>
              <dl class="summary-list">
                <div>
                  <dt>{t.toolkit.targetGroup}</dt>
                  <dd class="incentive-target">{t.labels.targetGroup[incentive.targetGroup]}</dd>
                </div>
                <div>
                  <dt>{t.toolkit.incentiveKind}</dt>
                  <dd>{t.labels.incentiveKind[incentive.kind]}</dd>
                </div>
                <div>
                  <dt>{t.toolkit.cost}</dt>
                  <dd>
                    {incentive.cost == null
                      ? t.toolkit.noCost
                      : formatMoney(incentive.cost, incentive.currency, !Number.isInteger(incentive.cost))}
                  </dd>
                </div>
                <div>
                  <dt>{t.toolkit.totalUptake}</dt>
                  <dd class="incentive-uptake">{people(t, incentive.totalUptake)}</dd>
                </div>
              </dl>
              <h5>{t.toolkit.uptakeHeading}</h5>
              {incentive.uptake.length === 0 ? (
                <p class="empty">{t.toolkit.noUptake}</p>
              ) : (
                <ul class="plain-list">
                  {incentive.uptake.map((u, i) => (
                    <li key={i}>
                      {t.toolkit.period(formatDate(u.from), formatDate(u.to))}: {people(t, u.people)}
                    </li>
                  ))}
                </ul>
              )}
              {editable && <UptakeForm incentiveId={incentive.id} onRecorded={onChanged} />}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <CopyTemplates
          initiativeId={toolkit.id}
          copied={toolkit.incentives.flatMap((i) => (i.template ? [i.template.id] : []))}
          onCopied={onChanged}
        />
      )}
    </>
  );
}

function CharterPanel({ toolkit }: { toolkit: Toolkit }) {
  const t = useT();
  return (
    <>
      <h3>{t.toolkit.charterHeading}</h3>
      {toolkit.charters.length === 0 ? (
        <p class="empty">{t.toolkit.noCharters}</p>
      ) : (
        <ul class="card-list charter-sources">
          {toolkit.charters.map((charter) => (
            <li key={charter.id} class="card charter-source">
              <h4 lang={charter.servedLanguage}>{charter.title}</h4>
              {charter.template ? (
                <>
                  <p class="adapted-from">{t.toolkit.adaptedFrom(charter.template.title)}</p>
                  <p class="hint">{t.toolkit.templateBy(charter.template.publisher.name)}</p>
                  <h5>{t.toolkit.differencesHeading}</h5>
                  {charter.templateDifferences.length === 0 ? (
                    <p class="empty">{t.toolkit.noDifferences}</p>
                  ) : (
                    <ul class="template-differences">
                      {charter.templateDifferences.map((d, i) => (
                        <li key={i} class={`difference difference-${d.change.toLowerCase()}`}>
                          <strong>
                            {t.labels.templateChange[d.change]} {t.labels.charterPart[d.part]}:
                          </strong>{' '}
                          {d.text}
                        </li>
                      ))}
                    </ul>
                  )}
                </>
              ) : (
                <p>{t.toolkit.ownCharter}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function BusinessCasePanel({
  id,
  toolkit,
  editable,
  onChanged,
}: {
  id: string;
  toolkit: Toolkit;
  editable: boolean;
  onChanged: () => void;
}) {
  const t = useT();
  const bc = toolkit.businessCase;
  return (
    <>
      <h3>{t.toolkit.businessCaseHeading}</h3>
      {!bc ? (
        <p class="empty">{t.toolkit.noBusinessCase}</p>
      ) : (
        <>
          <p class="hint">{t.businessCase.basis(discountRate(bc.discountRate), bc.currency)}</p>
          <FiguresTable id="bc-tab" businessCase={bc} />
          <p>
            <a href={paths.businessCase(id)} class="printable-link">
              {t.toolkit.printable}
            </a>
          </p>
        </>
      )}
      {editable && <BusinessCaseEditor initiativeId={id} current={bc} onSaved={onChanged} />}
    </>
  );
}

function MatchesPanel({ id, owner }: { id: string; owner: string }) {
  const t = useT();
  const query = useQuery(InitiativeMatchesDocument, { initiativeId: id });
  const matches = query.data?.matches;
  return (
    <>
      <h3>{t.toolkit.matchesHeading}</h3>
      <p class="hint">
        {t.toolkit.matchesIntro} {t.toolkit.ownerOnly(owner)}
      </p>
      {query.error ? (
        <ErrorBox error={query.error} onRetry={query.reload} />
      ) : !matches ? (
        <Loading />
      ) : matches.length === 0 ? (
        <p class="empty">{t.toolkit.noMatches}</p>
      ) : (
        <ol class="card-list offer-matches">
          {matches.map((m, i) => (
            <li key={`${m.offeredBy.id}-${m.neededBy.id}-${i}`} class="card offer-match" data-category={m.category}>
              <h4 class="offer-match-title">
                <span class="offer-match-category">{t.labels.contribution[m.category]}</span>{' '}
                <span class="badge">{t.toolkit.fit(Math.round(m.score * 100))}</span>
              </h4>
              <dl class="summary-list">
                <div>
                  <dt>{t.toolkit.offer}</dt>
                  <dd>{m.offer.description}</dd>
                </div>
                <div>
                  <dt>{t.toolkit.offeredBy}</dt>
                  <dd class="participant-ref">{m.offeredBy.reference}</dd>
                </div>
                <div>
                  <dt>{t.toolkit.need}</dt>
                  <dd>{m.need.description}</dd>
                </div>
                <div>
                  <dt>{t.toolkit.neededBy}</dt>
                  <dd class="participant-ref">{m.neededBy.reference}</dd>
                </div>
                <div>
                  <dt>{t.toolkit.sharedAvailability}</dt>
                  <dd>
                    {m.sharedAvailability.length === 0
                      ? t.toolkit.noSharedAvailability
                      : availability(t, m.sharedAvailability)}
                  </dd>
                </div>
              </dl>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

function ParticipantsPanel({
  id,
  owner,
  editable,
  onChanged,
}: {
  id: string;
  owner: string;
  editable: boolean;
  onChanged: () => void;
}) {
  const t = useT();
  const query = useQuery(InitiativeParticipantsDocument, { id });
  const node = query.data?.node;
  const participants = node?.__typename === 'Initiative' ? node.participants : null;
  const [withdrawn, setWithdrawn] = useState<string | null>(null);
  // The list, and the toolkit's counts of participants, offers and needs.
  const changed = (): void => {
    query.reload();
    onChanged();
  };
  return (
    <>
      <h3>{t.toolkit.participantsHeading}</h3>
      <p class="hint">
        {t.toolkit.participantsIntro} {t.toolkit.ownerOnly(owner)}
      </p>
      <div aria-live="polite" class="live">
        {withdrawn && (
          <div class="notice notice-success participant-withdrawn">
            <p>{t.toolkitEdit.withdrawnNow(withdrawn)}</p>
          </div>
        )}
      </div>
      {query.error ? (
        <ErrorBox error={query.error} onRetry={query.reload} />
      ) : !participants ? (
        query.loading ? <Loading /> : null
      ) : participants.length === 0 ? (
        <p class="empty">{t.toolkit.noParticipants}</p>
      ) : (
        <ul class="card-list participants">
          {participants.map((p) => (
            <ParticipantCard
              key={p.id}
              participant={p}
              editable={editable}
              onWithdrawn={(reference) => {
                setWithdrawn(reference);
                changed();
              }}
            />
          ))}
        </ul>
      )}
      {editable && (
        <ParticipantForm
          initiativeId={id}
          onAdded={() => {
            setWithdrawn(null);
            changed();
          }}
        />
      )}
    </>
  );
}

function ParticipantCard({
  participant: p,
  editable,
  onWithdrawn,
}: {
  participant: Participant;
  editable: boolean;
  onWithdrawn: (reference: string) => void;
}) {
  const t = useT();
  // Withdrawn here: shown so at once, before the list is read again.
  const [withdrawnAt, setWithdrawnAt] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const withdrawn = p.withdrawnAt ?? withdrawnAt;
  const contributions = (heading: string, items: Participant['offers']) => (
    <>
      <h5>{heading}</h5>
      {items.length === 0 ? (
        <p class="empty">{t.toolkit.nothing}</p>
      ) : (
        <ul class="plain-list">
          {items.map((c, i) => (
            <li key={i}>
              <strong>{t.labels.contribution[c.category]}:</strong> {c.description}
              {c.availability.length > 0 && <span class="hint"> ({availability(t, c.availability)})</span>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
  return (
    <li class="card participant">
      <h4 class="participant-ref" tabIndex={-1} ref={heading}>
        {p.reference}
      </h4>
      <dl class="summary-list">
        <div>
          <dt>{t.toolkit.consentedOn}</dt>
          <dd>{formatDate(p.consentedOn)}</dd>
        </div>
        <div>
          <dt>{t.toolkit.willingness}</dt>
          <dd>{t.labels.willingness[p.willingness]}</dd>
        </div>
      </dl>
      {withdrawn ? (
        <p class="withdrawn">{t.toolkit.withdrawn(formatDate(withdrawn))}</p>
      ) : (
        <>
          {contributions(t.toolkit.offersHeading, p.offers)}
          {contributions(t.toolkit.needsHeading, p.needs)}
          {editable && (
            <WithdrawConsent
              participant={p}
              onWithdrawn={(at) => {
                setWithdrawnAt(at);
                heading.current?.focus();
                onWithdrawn(p.reference);
              }}
            />
          )}
        </>
      )}
    </li>
  );
}
