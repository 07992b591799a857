import type { Translate } from "@/lib/i18n/translate";
import type { ResearchSource } from "@/lib/services/research/french-research";

/** "Source: Portfolios_Formed_on_ME.csv, Kenneth R. French Data Library, vintage 202602 CRSP": data shown as imported. */
export function sourceText(t: Translate, source: ResearchSource): string {
  return t("researchLab.source.file", { file: source.fileName ?? source.name, source: source.source, vintage: source.vintage });
}
