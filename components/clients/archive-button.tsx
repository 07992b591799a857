"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n/i18n-provider";
import { ErrorMessage } from "@/components/ui/error-message";
import { archiveClientAction } from "@/lib/actions/clients/archive-client";
import type { ActionError } from "@/lib/actions/safe-action";

export function ArchiveButton({ clientId, archived }: { clientId: string; archived: boolean }) {
  const { t } = useI18n();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);

  return (
    <div>
      <button
        type="button"
        disabled={pending}
        className="rounded-md border border-gray-300 bg-white px-4 py-2 text-sm hover:bg-gray-50"
        onClick={() => {
          if (!archived && !window.confirm(t("clients.archiveConfirm"))) return;
          start(async () => {
            const result = await archiveClientAction({ id: clientId, archived: !archived });
            setError(result.ok ? null : result.error);
            router.refresh();
          });
        }}
      >
        {archived ? t("clients.restore") : t("clients.archive")}
      </button>
      <ErrorMessage error={error} />
    </div>
  );
}
