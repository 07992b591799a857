-- AlterTable
ALTER TABLE "Scenario" ADD COLUMN     "latestVersion" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "nameSearch" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "status" TEXT NOT NULL DEFAULT 'draft';

-- Backfill (written by hand, not by migrate diff): the search column from the name and the latest version from
-- the stored versions.
UPDATE "Scenario" s SET "nameSearch" = lower(s."name"), "latestVersion" = COALESCE((SELECT MAX(v."version") FROM "ScenarioVersion" v WHERE v."scenarioId" = s."id"), 1);

-- CreateTable
CREATE TABLE "ScenarioEvent" (
    "id" TEXT NOT NULL,
    "scenarioId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "version" INTEGER,
    "fromStatus" TEXT,
    "toStatus" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScenarioEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ScenarioEvent_scenarioId_createdAt_idx" ON "ScenarioEvent"("scenarioId", "createdAt");

-- CreateIndex
CREATE INDEX "Scenario_advisorId_updatedAt_id_idx" ON "Scenario"("advisorId", "updatedAt", "id");

-- AddForeignKey
ALTER TABLE "ScenarioEvent" ADD CONSTRAINT "ScenarioEvent_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "Scenario"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScenarioEvent" ADD CONSTRAINT "ScenarioEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill (written by hand): the audit trail of scenarios saved before it existed, one event per stored version,
-- by the scenario's advisor at the version's time.
INSERT INTO "ScenarioEvent" ("id", "scenarioId", "userId", "kind", "version", "createdAt") SELECT 'm0004-' || v."id", v."scenarioId", s."advisorId", CASE WHEN v."version" = 1 THEN 'created' ELSE 'version_saved' END, v."version", v."createdAt" FROM "ScenarioVersion" v JOIN "Scenario" s ON s."id" = v."scenarioId";
