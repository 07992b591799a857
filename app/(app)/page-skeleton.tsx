/**
 * The loading state of the list pages (dashboard, clients, research). Pages that take an id have none, on
 * purpose: a loading boundary above them starts the response (status 200) before the page can call
 * notFound(), which then renders the not-found UI with a 200 instead of a 404 (Next docs: loading.js, "Status codes").
 */
export function PageSkeleton() {
  return (
    <div className="animate-pulse space-y-4" aria-busy="true" aria-live="polite">
      <div className="h-8 w-48 rounded bg-gray-200" />
      <div className="h-32 rounded bg-gray-200" />
      <div className="h-64 rounded bg-gray-200" />
    </div>
  );
}
