-- CreateTable
CREATE TABLE "ProposalCacheEntry" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "firmId" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ProposalCacheEntry_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ProposalCacheEntry_firmId_createdAt_idx" ON "ProposalCacheEntry"("firmId", "createdAt");

