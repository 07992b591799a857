"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n/i18n-provider";
import { DataTable, type Column } from "@/components/ui/data-table";
import { ErrorMessage } from "@/components/ui/error-message";
import { inputClass } from "@/components/ui/form-field";
import { chooseSlotDatasetAction } from "@/lib/actions/admin/dataset-activation";
import type { ActionError } from "@/lib/actions/safe-action";
import type { SlotChoice } from "@/lib/db/dataset-activation";
import { formatDate } from "@/lib/i18n/format";
import { slotText } from "./slot-text";

const DEMO = "";

/**
 * Per slot (a region × size's returns, a segment's constituents, an area's estimates), the data set the firm's
 * proposals use: one of the candidates that can fill it, or the demo data. A change is saved at once.
 */
export function SlotChoices({ slots }: { slots: readonly SlotChoice[] }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<ActionError | null>(null);

  async function choose(choice: SlotChoice, datasetId: string) {
    setBusy(true);
    const result = await chooseSlotDatasetAction({ slot: choice.slot, datasetId: datasetId === DEMO ? null : datasetId });
    setBusy(false);
    setError(result.ok ? null : result.error);
    const chosen = choice.candidates.find((c) => c.id === datasetId);
    setNotice(result.ok ? t("adminData.slotSaved", { slot: slotText(choice.slot, t), choice: chosen ? chosen.name : t("adminData.demoData") }) : null);
    if (result.ok) router.refresh();
  }

  if (slots.length === 0) return <p className="text-sm text-gray-600">{t("adminData.slotsEmpty")}</p>;
  const columns: Column<SlotChoice>[] = [
    { key: "slot", header: t("adminData.slot"), cell: (c) => slotText(c.slot, t) },
    {
      key: "choice",
      header: t("adminData.choice"),
      cell: (c) => (
        <select
          aria-label={t("adminData.choiceFor", { slot: slotText(c.slot, t) })}
          className={inputClass}
          value={c.active?.id ?? DEMO}
          disabled={busy}
          onChange={(e) => choose(c, e.target.value)}
          data-slot={c.slot}
        >
          <option value={DEMO}>{t("adminData.demoData")}</option>
          {c.candidates.map((d) => (
            <option key={d.id} value={d.id}>
              {t("adminData.candidate", { name: d.name, vintage: d.asOf ? formatDate(locale, d.asOf) : d.vintage })}
            </option>
          ))}
        </select>
      ),
    },
  ];
  return (
    <>
      {notice && (
        <p role="status" className="mb-3 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {notice}
        </p>
      )}
      {error && (
        <div className="mb-3">
          <ErrorMessage error={error} />
        </div>
      )}
      <DataTable caption={t("adminData.slotsTitle")} columns={columns} rows={slots} rowKey={(c) => c.slot} testId="slot-choices" />
    </>
  );
}
