import { ForbiddenPanel } from "@/components/ui/forbidden-panel";

/**
 * Rendered with HTTP 403 where a page of the app calls forbidden() (requireAdmin in lib/auth/session.ts). The
 * shell already holds the page's <main>, so this one, unlike app/forbidden.tsx, adds no second.
 */
export default function Forbidden() {
  return <ForbiddenPanel />;
}
