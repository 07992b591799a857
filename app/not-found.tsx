import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <NotFoundPanel />
    </main>
  );
}
