-- CreateTable
CREATE TABLE "DatasetActivation" (
    "firmId" TEXT NOT NULL,
    "slot" TEXT NOT NULL,
    "datasetId" TEXT NOT NULL,
    "activatedById" TEXT,
    "activatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("firmId", "slot"),
    CONSTRAINT "DatasetActivation_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DatasetActivation_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BacktestJob" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "firmId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "datasetId" TEXT NOT NULL,
    "cacheKey" TEXT NOT NULL,
    "engineVersion" TEXT NOT NULL,
    "inputs" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "progress" REAL NOT NULL DEFAULT 0,
    "result" TEXT,
    "error" TEXT,
    "cancelRequested" BOOLEAN NOT NULL DEFAULT false,
    "workerId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "BacktestJob_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "BacktestJob_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "BacktestJob_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Dataset" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "firmId" TEXT,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "vintage" TEXT NOT NULL,
    "asOf" TEXT,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "payload" TEXT NOT NULL,
    "blob" BLOB,
    "rowCount" INTEGER NOT NULL DEFAULT 0,
    "fileName" TEXT,
    "slots" TEXT NOT NULL DEFAULT '',
    "importedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Dataset_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Dataset_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Dataset" ("asOf", "createdAt", "firmId", "id", "kind", "name", "payload", "source", "synthetic", "vintage") SELECT "asOf", "createdAt", "firmId", "id", "kind", "name", "payload", "source", "synthetic", "vintage" FROM "Dataset";
DROP TABLE "Dataset";
ALTER TABLE "new_Dataset" RENAME TO "Dataset";
CREATE INDEX "Dataset_kind_idx" ON "Dataset"("kind");
CREATE INDEX "Dataset_firmId_kind_createdAt_idx" ON "Dataset"("firmId", "kind", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "DatasetActivation_datasetId_idx" ON "DatasetActivation"("datasetId");

-- CreateIndex
CREATE INDEX "BacktestJob_firmId_createdAt_idx" ON "BacktestJob"("firmId", "createdAt");

-- CreateIndex
CREATE INDEX "BacktestJob_cacheKey_status_idx" ON "BacktestJob"("cacheKey", "status");

