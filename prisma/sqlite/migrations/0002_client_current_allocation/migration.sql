-- AlterTable
ALTER TABLE "Client" ADD COLUMN "currentAllocation" TEXT;

