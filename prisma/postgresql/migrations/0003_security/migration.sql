-- DropIndex
DROP INDEX "ReferenceFigure_key_key";

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Client" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "ReferenceFigure" ADD COLUMN     "scope" TEXT NOT NULL DEFAULT 'global';

-- DropTable
DROP TABLE "LoginThrottle";

-- CreateTable
CREATE TABLE "RateCounter" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "expiresAt" BIGINT NOT NULL,

    CONSTRAINT "RateCounter_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "RateCounter_expiresAt_idx" ON "RateCounter"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReferenceFigure_scope_key_key" ON "ReferenceFigure"("scope", "key");

