// A business case's present values, central estimate and sensitivity (benefits
// 20% lower, costs 20% higher), as one table: on an initiative's Business case
// tab and on its printable page.
import type { BusinessCaseTotalsFragment } from '../gql/graphql';
import { formatMoney, formatNumber, formatPercent, useT } from '../i18n';

type Figures = Pick<
  BusinessCaseTotalsFragment,
  'presentValueBenefits' | 'presentValueCosts' | 'npv' | 'benefitCostRatio' | 'paybackYear'
>;

/** The discount rate (0.035) as a percentage (3.5%). */
export function discountRate(rate: number): string {
  return formatPercent(rate, 2);
}

export function FiguresTable({ id, businessCase }: { id: string; businessCase: BusinessCaseTotalsFragment }) {
  const t = useT();
  const b = t.businessCase;
  const money = (value: number): string => formatMoney(value, businessCase.currency);
  const row = (label: string, figures: Figures, className: string) => (
    <tr class={className}>
      <th scope="row">{label}</th>
      <td class="num bc-pv-benefits">{money(figures.presentValueBenefits)}</td>
      <td class="num bc-pv-costs">{money(figures.presentValueCosts)}</td>
      <td class="num bc-npv">{money(figures.npv)}</td>
      <td class="num bc-bcr">
        {figures.benefitCostRatio == null ? b.notDefined : formatNumber(figures.benefitCostRatio, { maximumFractionDigits: 2 })}
      </td>
      <td class="num bc-payback">{figures.paybackYear == null ? b.noPayback : String(figures.paybackYear)}</td>
    </tr>
  );
  return (
    <div class="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table class="data-table figures-table">
        <caption id={`${id}-caption`}>{b.figuresCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{b.scenario}</th>
            <th scope="col" class="num">
              {b.pvBenefits}
            </th>
            <th scope="col" class="num">
              {b.pvCosts}
            </th>
            <th scope="col" class="num">
              {b.npv}
            </th>
            <th scope="col" class="num">
              {b.bcr}
            </th>
            <th scope="col" class="num">
              {b.payback}
            </th>
          </tr>
        </thead>
        <tbody>
          {row(b.central, businessCase, 'bc-central')}
          {row(b.sensitivity, businessCase.sensitivity, 'bc-sensitivity')}
        </tbody>
      </table>
    </div>
  );
}
