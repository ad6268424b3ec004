// An initiative's business case on one printable page, for a finance
// officer: the initiative and its owner, the discount rate and currency, each
// year's benefits and costs discounted, the present values, net present
// value, benefit-cost ratio and discounted payback year, and the same with
// benefits 20% lower and costs 20% higher. The print stylesheet drops the
// app's header, footer and buttons.
import { discountRate, FiguresTable } from '../components/business-case';
import { NodePage } from '../components/node-page';
import { BusinessCasePageDocument, type BusinessCasePageQuery } from '../gql/graphql';
import { useQuery } from '../hooks';
import { formatDate, formatMoney, formatNumber, useT, useUiLang } from '../i18n';
import { paths } from '../router';

type Initiative = Extract<NonNullable<BusinessCasePageQuery['node']>, { __typename: 'Initiative' }>;
type BusinessCase = NonNullable<Initiative['businessCase']>;

export function BusinessCasePage({ id }: { id: string }) {
  const t = useT();
  const lang = useUiLang();
  const query = useQuery(BusinessCasePageDocument, { id, lang }, { partial: true, keepPrevious: true });
  const node = query.data?.node;
  return (
    <NodePage
      query={query}
      record={node?.__typename === 'Initiative' ? node : null}
      title={(initiative) => t.businessCase.title(initiative.title)}
    >
      {(initiative) => <BusinessCaseView initiative={initiative} />}
    </NodePage>
  );
}

function BusinessCaseView({ initiative }: { initiative: Initiative }) {
  const t = useT();
  const b = t.businessCase;
  const bc = initiative.businessCase;
  return (
    <article class="business-case">
      <div class="no-print business-case-actions">
        <p class="breadcrumb">
          <a href={paths.initiative(initiative.id)}>{b.backToInitiative}</a>
        </p>
        {bc && (
          <button type="button" class="button" onClick={() => window.print()}>
            {b.print}
          </button>
        )}
      </div>
      <header class="page-header">
        <p class="eyebrow">{b.eyebrow}</p>
        <h1 lang={initiative.servedLanguage}>{initiative.title}</h1>
      </header>
      {!bc ? (
        <p class="empty">{b.none}</p>
      ) : (
        <>
          <dl class="summary-list business-case-meta">
            <div>
              <dt>{b.owner}</dt>
              <dd class="business-case-owner">{initiative.owner.name}</dd>
            </div>
            <div>
              <dt>{b.discountRate}</dt>
              <dd>{discountRate(bc.discountRate)}</dd>
            </div>
            <div>
              <dt>{b.currency}</dt>
              <dd>{bc.currency}</dd>
            </div>
            <div>
              <dt>{b.updated}</dt>
              <dd>{formatDate(bc.updatedAt)}</dd>
            </div>
          </dl>
          <section class="section" aria-labelledby="bc-summary-h">
            <h2 id="bc-summary-h">{b.summaryHeading}</h2>
            <FiguresTable id="bc-figures" businessCase={bc} />
            <p class="hint">{b.basis(discountRate(bc.discountRate), bc.currency)}</p>
          </section>
          <section class="section" aria-labelledby="bc-years-h">
            <h2 id="bc-years-h">{b.yearsHeading}</h2>
            <YearsTable businessCase={bc} />
          </section>
        </>
      )}
    </article>
  );
}

function YearsTable({ businessCase: bc }: { businessCase: BusinessCase }) {
  const t = useT();
  const b = t.businessCase;
  if (bc.years.length === 0) return <p class="empty">{b.noYears}</p>;
  const money = (value: number): string => formatMoney(value, bc.currency);
  return (
    <div class="table-scroll" role="region" aria-labelledby="bc-years-caption" tabIndex={0}>
      <table class="data-table years-table">
        <caption id="bc-years-caption">{b.yearsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{b.year}</th>
            <th scope="col" class="num">
              {b.benefits}
            </th>
            <th scope="col" class="num">
              {b.costs}
            </th>
            <th scope="col" class="num">
              {b.discountFactor}
            </th>
            <th scope="col" class="num">
              {b.discountedNet}
            </th>
            <th scope="col" class="num">
              {b.cumulative}
            </th>
          </tr>
        </thead>
        <tbody>
          {bc.years.map((y) => (
            <tr key={y.year} class={y.year === bc.paybackYear ? 'is-payback' : undefined}>
              <th scope="row">{String(y.year)}</th>
              <td class="num">{money(y.benefits)}</td>
              <td class="num">{money(y.costs)}</td>
              <td class="num">{formatNumber(y.discountFactor, { minimumFractionDigits: 4, maximumFractionDigits: 4 })}</td>
              <td class="num">{money(y.discountedNet)}</td>
              <td class="num">{money(y.cumulativeDiscountedNet)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
