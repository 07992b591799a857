"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { signOut } from "next-auth/react";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { MessageKey } from "@/lib/i18n/messages/en";
import { LanguageSwitcher } from "./language-switcher";

const LINKS: { href: string; label: MessageKey; adminOnly?: boolean }[] = [
  { href: "/dashboard", label: "nav.dashboard" },
  { href: "/clients", label: "nav.clients" },
  { href: "/scenarios", label: "nav.scenarios" },
  { href: "/research", label: "nav.research" },
  { href: "/admin", label: "nav.admin", adminOnly: true },
  { href: "/admin/data", label: "nav.adminData", adminOnly: true },
];

export function AppNav({ userName, isAdmin }: { userName: string; isAdmin: boolean }) {
  const { t } = useI18n();
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const links = LINKS.filter((l) => !l.adminOnly || isAdmin);

  // The app's banner (name, navigation, user), not complementary content: pages have their own <aside>s.
  return (
    <header className="border-b border-gray-200 bg-white md:min-h-screen md:w-60 md:border-b-0 md:border-r">
      <div className="flex items-center justify-between px-4 py-4">
        <Link href="/dashboard" className="font-semibold text-blue-700">
          {t("app.name")}
        </Link>
        <button type="button" className="rounded border px-2 py-1 text-sm md:hidden" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t("nav.menu")}
        </button>
      </div>
      <nav aria-label={t("nav.menu")} className={`${open ? "block" : "hidden"} px-2 pb-4 md:block`}>
        <ul className="space-y-1">
          {links.map((l) => {
            // The most specific link is the current one: /admin/data marks "Market data", not also "Admin".
            const matches = (href: string) => pathname === href || pathname.startsWith(`${href}/`);
            const active = matches(l.href) && !links.some((o) => o.href.length > l.href.length && o.href.startsWith(`${l.href}/`) && matches(o.href));
            return (
              <li key={l.href}>
                <Link
                  href={l.href}
                  aria-current={active ? "page" : undefined}
                  onClick={() => setOpen(false)}
                  className={`block rounded-md px-3 py-2 text-sm ${active ? "bg-blue-50 font-medium text-blue-800" : "text-gray-700 hover:bg-gray-100"}`}
                >
                  {t(l.label)}
                </Link>
              </li>
            );
          })}
        </ul>
        <div className="mt-6 space-y-3 border-t border-gray-100 px-3 pt-4 text-sm">
          <p className="truncate text-gray-600" title={userName}>
            {userName}
          </p>
          <LanguageSwitcher />
          <button type="button" onClick={() => signOut({ callbackUrl: "/login" })} className="text-blue-700 hover:underline">
            {t("nav.signOut")}
          </button>
        </div>
      </nav>
    </header>
  );
}
