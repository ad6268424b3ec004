// The sections an initiative brings to its own page and to its case
// studies' pages: indicators, charters and similar initiatives of other councils.
import type { CommitmentKind, CommitmentParty, InitiativeDetailFragment } from '../gql/graphql';
import { formatDate, formatNumber, useT } from '../i18n';
import { paths } from '../router';
import { CoChips, StepBadge } from './chips';
import { TranslationNote } from './translation';

type Indicator = InitiativeDetailFragment['indicators'][number];
type Charter = InitiativeDetailFragment['charters'][number];

function IndicatorCard({ indicator }: { indicator: Indicator }) {
  const t = useT();
  const value = (v: number | null | undefined): string =>
    v == null ? t.common.notKnown : `${formatNumber(v, { maximumFractionDigits: 2 })} ${indicator.unit}`;
  const progress = indicator.progressToTarget;
  return (
    <li class="indicator">
      <h3>{indicator.name}</h3>
      <p class="badge">{t.labels.indicatorKind[indicator.kind]}</p>
      <dl class="summary-list">
        <div>
          <dt>{t.indicators.baseline}</dt>
          <dd>{value(indicator.baseline)}</dd>
        </div>
        <div>
          <dt>{t.indicators.target}</dt>
          <dd>{value(indicator.target)}</dd>
        </div>
        <div>
          <dt>{t.indicators.latest}</dt>
          <dd>
            {indicator.latest
              ? t.indicators.on(value(indicator.latest.value), formatDate(indicator.latest.measuredOn))
              : t.common.notKnown}
          </dd>
        </div>
        {indicator.change != null && (
          <div>
            <dt>{t.indicators.change}</dt>
            <dd>
              {indicator.change > 0 ? '+' : ''}
              {value(indicator.change)}
            </dd>
          </div>
        )}
      </dl>
      {progress != null ? (
        <div class="progress">
          <meter
            min={0}
            max={1}
            low={0.34}
            high={0.99}
            optimum={1}
            value={Math.min(1, Math.max(0, progress))}
            aria-label={t.indicators.progressLabel(indicator.name)}
          />
          <span>{t.indicators.progress(Math.round(progress * 100))}</span>
        </div>
      ) : (
        <p class="hint">{t.indicators.noProgress}</p>
      )}
    </li>
  );
}

export function IndicatorsSection({ initiative }: { initiative: InitiativeDetailFragment }) {
  const t = useT();
  return (
    <section class="section" aria-labelledby="indicators-h">
      <h2 id="indicators-h">{t.indicators.heading}</h2>
      {initiative.indicators.length === 0 ? (
        <p class="empty">{t.indicators.none}</p>
      ) : (
        <ul class="indicators">
          {initiative.indicators.map((i) => (
            <IndicatorCard key={i.id} indicator={i} />
          ))}
        </ul>
      )}
    </section>
  );
}

const PARTIES: CommitmentParty[] = ['SERVICE', 'COMMUNITY'];
const KINDS: CommitmentKind[] = ['RIGHT', 'RESPONSIBILITY'];

function CharterView({ charter }: { charter: Charter }) {
  const t = useT();
  return (
    <article class="charter">
      <h3 lang={charter.servedLanguage}>{charter.title}</h3>
      <TranslationNote served={charter.servedLanguage} translations={charter.translations} />
      <p class="charter-status">
        <span class="badge">{t.labels.charterStatus[charter.status]}</span>
        {charter.adoptedAt && (
          <span>
            {' '}
            {t.charter.adopted}: {formatDate(charter.adoptedAt)}
          </span>
        )}
      </p>
      <div class="commitments">
        {PARTIES.map((party) => (
          <div key={party} class="party">
            <h4>{t.labels.party[party]}</h4>
            {KINDS.map((kind) => {
              const items = charter.commitments.filter((c) => c.party === party && c.kind === kind);
              return (
                <div key={kind} class="commitment-group">
                  <h5>{t.labels.commitmentKind[kind]}</h5>
                  {items.length === 0 ? (
                    <p class="empty">{t.charter.nothing}</p>
                  ) : (
                    <ul lang={charter.servedLanguage}>
                      {items.map((c, i) => (
                        <li key={i}>{c.text}</li>
                      ))}
                    </ul>
                  )}
                </div>
              );
            })}
          </div>
        ))}
      </div>
      <h4>{t.charter.risksHeading}</h4>
      {charter.risks.length === 0 ? (
        <p class="empty">{t.charter.noRisks}</p>
      ) : (
        <ul class="risks">
          {charter.risks.map((risk, i) => (
            <li key={i} class="risk">
              <p class="risk-description" lang={charter.servedLanguage}>
                {risk.description}
              </p>
              <dl class="risk-levels">
                <div>
                  <dt>{t.charter.likelihood}</dt>
                  <dd class={`level level-${risk.likelihood.toLowerCase()}`}>{t.labels.riskLevel[risk.likelihood]}</dd>
                </div>
                <div>
                  <dt>{t.charter.impact}</dt>
                  <dd class={`level level-${risk.impact.toLowerCase()}`}>{t.labels.riskLevel[risk.impact]}</dd>
                </div>
              </dl>
              <p class="risk-mitigation">
                <strong>{t.charter.mitigation}:</strong> <span lang={charter.servedLanguage}>{risk.mitigation}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
      {charter.signatories.length > 0 && (
        <>
          <h4>{t.charter.signatories}</h4>
          <ul class="signatories">
            {charter.signatories.map((s, i) => (
              <li key={i}>
                {s.name}, {s.role} ({t.labels.party[s.party]}){s.signedOn ? `, ${formatDate(s.signedOn)}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}

export function CharterSection({ initiative }: { initiative: InitiativeDetailFragment }) {
  const t = useT();
  return (
    <section class="section" aria-labelledby="charter-h">
      <h2 id="charter-h">{t.charter.heading}</h2>
      {initiative.charters.length === 0 ? (
        <p class="empty">{t.charter.none}</p>
      ) : (
        initiative.charters.map((c) => <CharterView key={c.id} charter={c} />)
      )}
    </section>
  );
}

export function SimilarSection({ initiative }: { initiative: InitiativeDetailFragment }) {
  const t = useT();
  return (
    <section class="section" aria-labelledby="similar-h">
      <h2 id="similar-h">{t.similar.heading}</h2>
      {initiative.peerMatches.length === 0 ? (
        <p class="empty">{t.similar.none}</p>
      ) : (
        <ul class="matches">
          {initiative.peerMatches.map((m) => (
            <li key={m.initiative.id} class="match">
              <h3 class="match-title">
                <a href={paths.initiative(m.initiative.id)} lang={m.initiative.servedLanguage}>
                  {m.initiative.title}
                </a>
              </h3>
              <p class="result-meta">
                <span class="result-council">{m.initiative.owner.name}</span>
                <span>{t.labels.nation[m.initiative.owner.nation]}</span>
                <StepBadge step={m.initiative.starStep} />
                <span class="match-score">{t.similar.match(Math.round(m.score * 100))}</span>
              </p>
              <CoChips coTypes={m.initiative.coTypes} />
              <h4 class="visually-hidden">{t.similar.why}</h4>
              <ul class="reasons">
                {m.sharedCoTypes.length > 0 && (
                  <li>
                    {t.similar.sharedCo}: {m.sharedCoTypes.map((c) => t.labels.co[c]).join(', ')}
                  </li>
                )}
                {m.sharedTags.length > 0 && (
                  <li>
                    {t.similar.sharedTags}: {m.sharedTags.join(', ')}
                  </li>
                )}
                {m.sharedWords.length > 0 && (
                  <li>
                    {t.similar.sharedWords}: {m.sharedWords.join(', ')}
                  </li>
                )}
                {m.sameServiceArea && <li>{t.similar.sameArea}</li>}
                {m.furtherAlong && <li>{t.similar.furtherAlong}</li>}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function AppraisalList({ initiative }: { initiative: InitiativeDetailFragment }) {
  const t = useT();
  const a = initiative.appraisal;
  const money = (v: number | null): string =>
    v == null ? t.common.notKnown : formatNumber(v, { style: 'currency', currency: a.currency ?? 'GBP', maximumFractionDigits: 0 });
  if (a.impact == null && a.ease == null && a.annualCost == null && a.annualBenefit == null) {
    return <p class="empty">{t.initiative.notAppraised}</p>;
  }
  return (
    <dl class="summary-list">
      {a.impact != null && (
        <div>
          <dt>{t.initiative.impact}</dt>
          <dd>{a.impact}</dd>
        </div>
      )}
      {a.ease != null && (
        <div>
          <dt>{t.initiative.ease}</dt>
          <dd>{a.ease}</dd>
        </div>
      )}
      {a.quadrant && (
        <div>
          <dt>{t.initiative.quadrant}</dt>
          <dd>{t.labels.quadrant[a.quadrant]}</dd>
        </div>
      )}
      {a.annualCost != null && (
        <div>
          <dt>{t.initiative.annualCost}</dt>
          <dd>{money(a.annualCost)}</dd>
        </div>
      )}
      {a.annualBenefit != null && (
        <div>
          <dt>{t.initiative.annualBenefit}</dt>
          <dd>{money(a.annualBenefit)}</dd>
        </div>
      )}
      {a.benefitCostRatio != null && (
        <div>
          <dt>{t.initiative.benefitCost}</dt>
          <dd>{formatNumber(a.benefitCostRatio, { maximumFractionDigits: 2 })}</dd>
        </div>
      )}
    </dl>
  );
}
