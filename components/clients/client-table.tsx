import Link from "next/link";
import { DataTable, type Column } from "@/components/ui/data-table";
import { formatCurrency, formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { ClientRecord } from "@/lib/db/clients";

/**
 * A page of the advisor's clients. Rendered by the server page with its translator, so the stored records stay
 * on the server: only the table's HTML is sent.
 */
export function ClientTable({ rows, t, locale }: { rows: readonly ClientRecord[]; t: Translate; locale: Locale }) {
  const columns: Column<ClientRecord>[] = [
    {
      key: "name",
      header: t("field.name"),
      cell: (c) => (
        <>
          <Link href={`/clients/${c.id}`} className="font-medium text-blue-700 hover:underline">{c.name}</Link>
          {c.archivedAt && <span className="ml-2 rounded bg-gray-100 px-2 py-0.5 text-xs text-gray-600">{t("clients.archived")}</span>}
        </>
      ),
    },
    { key: "market", header: t("field.homeMarket"), cell: (c) => t(`market.${c.homeMarket}`) },
    { key: "risk", header: t("field.riskTolerance"), cell: (c) => t(`risk.${c.riskTolerance as 1}`) },
    { key: "assets", header: t("field.investableAssets"), cell: (c) => formatCurrency(locale, c.investableAssets, c.currency), numeric: true },
    { key: "updated", header: t("clients.sort.updated"), cell: (c) => formatDate(locale, c.updatedAt), muted: true },
  ];
  return <DataTable caption={t("clients.title")} columns={columns} rows={rows} rowKey={(c) => c.id} variant="panel" testId="client-table" />;
}
