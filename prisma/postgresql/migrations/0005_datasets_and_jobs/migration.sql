-- AlterTable
ALTER TABLE "Dataset" ADD COLUMN     "blob" BYTEA,
ADD COLUMN     "fileName" TEXT,
ADD COLUMN     "importedById" TEXT,
ADD COLUMN     "rowCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "slots" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "DatasetActivation" (
    "firmId" TEXT NOT NULL,
    "slot" TEXT NOT NULL,
    "datasetId" TEXT NOT NULL,
    "activatedById" TEXT,
    "activatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DatasetActivation_pkey" PRIMARY KEY ("firmId","slot")
);

-- CreateTable
CREATE TABLE "BacktestJob" (
    "id" TEXT NOT NULL,
    "firmId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "datasetId" TEXT NOT NULL,
    "cacheKey" TEXT NOT NULL,
    "engineVersion" TEXT NOT NULL,
    "inputs" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "progress" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "result" TEXT,
    "error" TEXT,
    "cancelRequested" BOOLEAN NOT NULL DEFAULT false,
    "workerId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BacktestJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DatasetActivation_datasetId_idx" ON "DatasetActivation"("datasetId");

-- CreateIndex
CREATE INDEX "BacktestJob_firmId_createdAt_idx" ON "BacktestJob"("firmId", "createdAt");

-- CreateIndex
CREATE INDEX "BacktestJob_cacheKey_status_idx" ON "BacktestJob"("cacheKey", "status");

-- CreateIndex
CREATE INDEX "Dataset_firmId_kind_createdAt_idx" ON "Dataset"("firmId", "kind", "createdAt");

-- AddForeignKey
ALTER TABLE "Dataset" ADD CONSTRAINT "Dataset_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DatasetActivation" ADD CONSTRAINT "DatasetActivation_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DatasetActivation" ADD CONSTRAINT "DatasetActivation_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BacktestJob" ADD CONSTRAINT "BacktestJob_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BacktestJob" ADD CONSTRAINT "BacktestJob_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BacktestJob" ADD CONSTRAINT "BacktestJob_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

