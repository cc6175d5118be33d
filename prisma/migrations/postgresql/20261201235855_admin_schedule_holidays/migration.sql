-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "holidayRegion" TEXT;

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "holidayRegion" TEXT,
ADD COLUMN     "pausedUntil" TEXT;

-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "paused" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "removedAt" TIMESTAMP(3);
