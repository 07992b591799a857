-- CreateTable
CREATE TABLE "ProposalCacheEntry" (
    "key" TEXT NOT NULL,
    "firmId" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProposalCacheEntry_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "ProposalCacheEntry_firmId_createdAt_idx" ON "ProposalCacheEntry"("firmId", "createdAt");

-- AddForeignKey
ALTER TABLE "ProposalCacheEntry" ADD CONSTRAINT "ProposalCacheEntry_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

