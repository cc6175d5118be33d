-- CreateTable
CREATE TABLE "LocalMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "seq" INTEGER NOT NULL,
    "organizationId" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "document" TEXT NOT NULL,
    "sentAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "LocalMessage_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "LocalMessage_seq_key" ON "LocalMessage"("seq");

-- CreateIndex
CREATE INDEX "LocalMessage_conversationId_seq_idx" ON "LocalMessage"("conversationId", "seq");
