// The business case editor of an initiative's Co-Production Star toolkit, for
// the editors of its owner organisation: the discount rate, the currency and
// the yearly amounts.
import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '../api';
import { SetBusinessCaseDocument, type BusinessCaseTotalsFragment, type CashFlowCategory } from '../gql/graphql';
import { formatMoney, formatNumber, useT } from '../i18n';
import { CASH_FLOW_CATEGORIES, isOneOf } from '../vocab';
import { at, ProblemList, problemsOf, refuse, useSubmit } from './editor-form';
import { describedBy, Field, FieldError } from './field';

interface Row {
  /** Stable across edits, for the list's keys. */
  key: number;
  year: number;
  category: CashFlowCategory;
  amount: string;
}

let rowKeys = 0;
const YEARS = Array.from({ length: 31 }, (_, year) => year);
const ROWS_MAX = 155;

function newRow(year = 0, category: CashFlowCategory = 'COUNCIL_COST'): Row {
  rowKeys += 1;
  return { key: rowKeys, year, category, amount: '' };
}

/** `discountRate` → `rate`, `flows[2].amount` → `row.2.amount`, `flows` → `flows`. */
function businessCaseKey(field: string): string | null {
  if (field === 'discountRate') return 'rate';
  if (field === 'currency') return 'currency';
  const row = /^flows\[(\d+)\](?:\.(year|category|amount))?/.exec(field);
  if (row) return `row.${row[1] ?? '0'}.${row[2] ?? 'amount'}`;
  return field.startsWith('flows') ? 'flows' : null;
}

const businessCaseId = (key: string): string => `bce-${key.replace(/\./g, '-')}`;

/** A percentage for the form: 0.035 → "3.5". */
function percent(fraction: number): string {
  return String(Number((fraction * 100).toFixed(6)));
}

/** The business case editor: discount rate, currency and the yearly amounts, pre-filled from the case there is. */
export function BusinessCaseEditor({
  initiativeId,
  current,
  onSaved,
}: {
  initiativeId: string;
  current: { discountRate: number; currency: string; flows: readonly { year: number; category: CashFlowCategory; amount: number }[] } | null;
  onSaved: () => void;
}) {
  const t = useT();
  const e = t.toolkitEdit;
  const [rate, setRate] = useState(() => (current ? percent(current.discountRate) : '3.5'));
  const [currency, setCurrency] = useState(current?.currency ?? 'GBP');
  const [rows, setRows] = useState<Row[]>(() =>
    current && current.flows.length > 0
      ? current.flows.map((f) => ({ ...newRow(f.year, f.category), amount: String(f.amount) }))
      : [newRow()],
  );
  const [saved, setSaved] = useState<BusinessCaseTotalsFragment | null>(null);
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const { busy, error, run } = useSubmit();
  const problems = problemsOf(error, businessCaseKey);
  const err = (key: string): string | null => at(problems, key);
  const invalid = (key: string): true | undefined => (err(key) ? true : undefined);

  useEffect(() => {
    if (focusRow == null) return;
    document.getElementById(businessCaseId(`row.${focusRow}.year`))?.focus();
    setFocusRow(null);
  }, [focusRow]);

  const setRow = (key: number, change: Partial<Row>): void =>
    setRows((all) => all.map((row) => (row.key === key ? { ...row, ...change } : row)));

  const addRow = (): void => {
    const last = rows[rows.length - 1];
    setRows([...rows, newRow(last ? Math.min(30, last.year + 1) : 0, last?.category)]);
    setFocusRow(rows.length);
  };

  const removeRow = (key: number): void => {
    setRows(rows.filter((row) => row.key !== key));
    addButton.current?.focus();
  };

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    setSaved(null);
    const ok = await run(async () => {
      const pct = Number(rate);
      if (rate.trim() === '' || !Number.isFinite(pct)) throw refuse(e.enterNumber, 'discountRate');
      if (pct < 0 || pct > 100) throw refuse(e.rateRange, 'discountRate');
      if (rows.length === 0) throw refuse(e.noRows, 'flows');
      const flows = rows.map((row, i) => {
        const amount = Number(row.amount);
        if (row.amount.trim() === '' || !Number.isFinite(amount)) throw refuse(e.enterNumber, `flows[${i}].amount`);
        return { year: row.year, category: row.category, amount };
      });
      const answer = await request(SetBusinessCaseDocument, {
        initiativeId,
        input: { discountRate: pct / 100, currency: currency.trim().toUpperCase(), flows },
      });
      setSaved(answer.setBusinessCase);
    });
    if (ok) onSaved();
  };

  const flowsError = err('flows');
  const cell = (i: number, what: 'year' | 'category' | 'amount') => {
    const key = `row.${i}.${what}`;
    return { key, id: businessCaseId(key), error: err(key) };
  };

  return (
    <section class="toolkit-edit" aria-labelledby="bce-h">
      <h4 id="bce-h">{e.editHeading}</h4>
      <p class="hint">{e.editIntro}</p>
      <div aria-live="polite" class="live">
        {saved && (
          <div class="notice notice-success business-case-saved">
            <p>
              {e.savedCase(
                formatMoney(saved.npv, saved.currency),
                saved.benefitCostRatio == null
                  ? t.businessCase.notDefined
                  : formatNumber(saved.benefitCostRatio, { maximumFractionDigits: 2 }),
              )}
            </p>
          </div>
        )}
      </div>
      <ProblemList error={error} problems={problems} idOf={businessCaseId} />
      <form class="form business-case-form" noValidate onSubmit={(event) => void submit(event)}>
        <div class="inline-fields">
          <Field id="bce-rate" label={e.rate} hint={e.rateHint} error={err('rate')}>
            <span class="input-with-unit">
              <input
                type="number"
                id="bce-rate"
                class="input input-number"
                min={0}
                max={100}
                step="any"
                inputMode="decimal"
                value={rate}
                aria-invalid={invalid('rate')}
                aria-describedby={describedBy('bce-rate', e.rateHint, err('rate'))}
                onInput={(event) => setRate(event.currentTarget.value)}
              />
              <span class="unit" aria-hidden="true">
                %
              </span>
            </span>
          </Field>
          <Field id="bce-currency" label={e.currency} hint={e.currencyHint} error={err('currency')}>
            <input
              type="text"
              id="bce-currency"
              class="input input-currency"
              maxLength={3}
              autoComplete="off"
              autoCapitalize="characters"
              spellcheck={false}
              value={currency}
              aria-invalid={invalid('currency')}
              aria-describedby={describedBy('bce-currency', e.currencyHint, err('currency'))}
              onInput={(event) => setCurrency(event.currentTarget.value)}
            />
          </Field>
        </div>
        <fieldset
          id="bce-flows"
          class={`field${flowsError ? ' has-error' : ''}`}
          aria-describedby={describedBy('bce-flows', e.flowsHint, flowsError)}
        >
          <legend class="label">{e.flowsCaption}</legend>
          <p class="hint" id="bce-flows-hint">
            {e.flowsHint}
          </p>
          <FieldError id="bce-flows" error={flowsError} />
          <div class="table-scroll">
            <table class="data-table flows-table">
              <thead>
                <tr>
                  <th scope="col">{e.year}</th>
                  <th scope="col">{e.category}</th>
                  <th scope="col">{e.amount}</th>
                  <th scope="col">
                    <span class="visually-hidden">{e.remove}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, i) => {
                  const year = cell(i, 'year');
                  const category = cell(i, 'category');
                  const amount = cell(i, 'amount');
                  return (
                    <tr key={row.key} class="flow-row">
                      <td>
                        <label class="cell-label" for={year.id}>
                          {e.rowLabel(e.year, i + 1)}
                        </label>
                        <FieldError id={year.id} error={year.error} />
                        <select
                          id={year.id}
                          class="select flow-year"
                          value={String(row.year)}
                          aria-invalid={year.error ? true : undefined}
                          aria-describedby={describedBy(year.id, undefined, year.error)}
                          onChange={(event) => setRow(row.key, { year: Number(event.currentTarget.value) })}
                        >
                          {YEARS.map((y) => (
                            <option key={y} value={String(y)}>
                              {String(y)}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td>
                        <label class="cell-label" for={category.id}>
                          {e.rowLabel(e.category, i + 1)}
                        </label>
                        <FieldError id={category.id} error={category.error} />
                        <select
                          id={category.id}
                          class="select flow-category"
                          value={row.category}
                          aria-invalid={category.error ? true : undefined}
                          aria-describedby={describedBy(category.id, undefined, category.error)}
                          onChange={(event) => {
                            const value = event.currentTarget.value;
                            if (isOneOf(CASH_FLOW_CATEGORIES, value)) setRow(row.key, { category: value });
                          }}
                        >
                          {CASH_FLOW_CATEGORIES.map((c) => (
                            <option key={c} value={c}>
                              {t.labels.cashFlowCategory[c]}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td>
                        <label class="cell-label" for={amount.id}>
                          {e.rowLabel(e.amount, i + 1)}
                        </label>
                        <FieldError id={amount.id} error={amount.error} />
                        <input
                          type="number"
                          id={amount.id}
                          class="input input-amount flow-amount"
                          min={0}
                          step="any"
                          inputMode="decimal"
                          value={row.amount}
                          aria-invalid={amount.error ? true : undefined}
                          aria-describedby={describedBy(amount.id, undefined, amount.error)}
                          onInput={(event) => setRow(row.key, { amount: event.currentTarget.value })}
                        />
                      </td>
                      <td>
                        <button
                          type="button"
                          class="button button-secondary button-small"
                          aria-label={e.removeRow(i + 1)}
                          disabled={rows.length === 1}
                          onClick={() => removeRow(row.key)}
                        >
                          {e.remove}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <button
            type="button"
            class="button button-secondary"
            ref={addButton}
            disabled={rows.length >= ROWS_MAX}
            onClick={addRow}
          >
            {e.addRow}
          </button>
        </fieldset>
        <button type="submit" class="button" disabled={busy}>
          {busy ? e.saving : e.saveCase}
        </button>
      </form>
    </section>
  );
}
