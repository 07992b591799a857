import { Card, Metric, Text } from "@tremor/react";
import { ShareBar } from "@/components/charts/share-bar";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { formatCurrency, formatDate, formatNumber } from "@/lib/i18n/format";
import { clientStats } from "@/lib/db/clients";
import { countScenarios } from "@/lib/db/scenarios";
import { recentActivity } from "@/lib/db/activity";
import { isMessageKey } from "@/lib/i18n/translate";
import { PageHeader } from "@/components/ui/page-header";
import { ChartFigure } from "@/components/charts/chart-figure";

const RISK_COLORS = ["emerald", "teal", "blue", "violet", "rose"] as const;

export default async function DashboardPage() {
  const user = await requireUser();
  const { t, locale } = await getTranslator(user.locale);
  const [stats, scenarioCount, activity] = await Promise.all([
    clientStats(user.id),
    countScenarios(user.id),
    recentActivity(user.id),
  ]);
  const riskData = stats.byRisk.map((r) => ({ name: t(`risk.${r.riskTolerance as 1}`), value: r.count }));
  const clients = t("nav.clients");

  return (
    <>
      <PageHeader title={t("dashboard.title")} subtitle={t("dashboard.welcome", { name: user.name })} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Card>
          <Text>{t("dashboard.clientCount")}</Text>
          <Metric data-testid="client-count">{formatNumber(locale, stats.count)}</Metric>
        </Card>
        <Card>
          <Text>{t("dashboard.scenarioCount")}</Text>
          <Metric>{formatNumber(locale, scenarioCount)}</Metric>
        </Card>
        <Card>
          <Text>{t("dashboard.aum")}</Text>
          {stats.assetsByCurrency.length === 0 ? (
            <Metric>—</Metric>
          ) : (
            stats.assetsByCurrency.map((a) => (
              <p key={a.currency} className="text-xl font-semibold tabular-nums text-gray-900">
                {formatCurrency(locale, a.total, a.currency)}
              </p>
            ))
          )}
        </Card>
      </div>
      <div className="mt-6 grid gap-4 lg:grid-cols-2">
        <Card>
          <ChartFigure
            title={t("dashboard.riskMix")}
            heading="h2"
            data={{ index: "name", indexHeader: t("field.riskTolerance"), categories: [clients], rows: riskData.map((r) => ({ name: r.name, [clients]: r.value })), format: (v) => formatNumber(locale, v) }}
          >
            {/* A stacked bar drawn without recharts: the dashboard's first load needs no chart chunk. */}
            <ShareBar className="mt-4" values={riskData.map((r) => r.value)} names={riskData.map((r) => r.name)} colors={RISK_COLORS} />
          </ChartFigure>
        </Card>
        <Card>
          <h2 className="font-medium">{t("dashboard.recent")}</h2>
          {activity.length === 0 ? (
            <p className="mt-3 text-sm text-gray-600">{t("dashboard.noActivity")}</p>
          ) : (
            <ul className="mt-3 divide-y divide-gray-100 text-sm" data-testid="recent-activity">
              {activity.map((a) => {
                const key = `activity.${a.kind}`;
                return (
                  <li key={a.id} className="flex justify-between gap-3 py-2">
                    <span>{isMessageKey(key) ? t(key, { name: a.summary }) : a.summary}</span>
                    <span className="shrink-0 text-gray-500">{formatDate(locale, a.createdAt, true)}</span>
                  </li>
                );
              })}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
