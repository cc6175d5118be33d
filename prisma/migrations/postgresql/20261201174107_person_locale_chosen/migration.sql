-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "localeChosen" BOOLEAN NOT NULL DEFAULT false;
