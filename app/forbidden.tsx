import { ForbiddenPanel } from "@/components/ui/forbidden-panel";

/** Rendered with HTTP 403 wherever a page outside the app shell calls forbidden(); inside it, app/(app)/forbidden.tsx. */
export default function Forbidden() {
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <ForbiddenPanel />
    </main>
  );
}
