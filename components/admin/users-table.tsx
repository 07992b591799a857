"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { DataTable, type Column } from "@/components/ui/data-table";
import { formatNumber } from "@/lib/i18n/format";
import type { FirmUser } from "@/lib/db/users";

/** The firm's users, their role and how many clients each has. */
export function UsersTable({ users }: { users: readonly FirmUser[] }) {
  const { t, locale } = useI18n();
  const columns: Column<FirmUser>[] = [
    { key: "name", header: t("field.name"), cell: (u) => u.name },
    { key: "email", header: t("login.email"), cell: (u) => u.email },
    { key: "role", header: t("admin.role"), cell: (u) => t(u.role === "ADMIN" ? "admin.roleName.ADMIN" : "admin.roleName.ADVISOR") },
    { key: "clients", header: t("admin.clients"), cell: (u) => formatNumber(locale, u.clientCount), numeric: true },
  ];
  return <DataTable caption={t("admin.users")} columns={columns} rows={users} rowKey={(u) => u.id} />;
}
