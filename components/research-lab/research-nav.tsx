import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";

type Current = "size" | "sizeEffect" | "french" | "gap";

const LINKS: { key: Current; href: string; label: "researchLab.nav.sizeStudy" | "researchSize.nav" | "researchLab.nav.french" | "researchLab.nav.gap" }[] = [
  { key: "size", href: "/research", label: "researchLab.nav.sizeStudy" },
  { key: "sizeEffect", href: "/research/size-effect", label: "researchSize.nav" },
  { key: "french", href: "/research/french", label: "researchLab.nav.french" },
  { key: "gap", href: "/research/information-gap", label: "researchLab.nav.gap" },
];

/** The research pages' links. No hooks, so any server page can place it with its translator. */
export function ResearchNav({ t, current }: { t: Translate; current: Current }) {
  return (
    <nav aria-label={t("researchLab.nav.label")} className="mb-6 flex flex-wrap gap-2 text-sm" data-testid="research-nav">
      {LINKS.map((l) => (
        <Link
          key={l.key}
          href={l.href}
          aria-current={l.key === current ? "page" : undefined}
          className={l.key === current ? "rounded-md bg-blue-50 px-3 py-1 font-medium text-blue-800" : "rounded-md px-3 py-1 text-blue-700 hover:bg-gray-100"}
        >
          {t(l.label)}
        </Link>
      ))}
    </nav>
  );
}
