-- CreateTable
CREATE TABLE "LocalMessage" (
    "id" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "organizationId" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "document" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL,

    CONSTRAINT "LocalMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LocalMessage_seq_key" ON "LocalMessage"("seq");

-- CreateIndex
CREATE INDEX "LocalMessage_conversationId_seq_idx" ON "LocalMessage"("conversationId", "seq");

-- AddForeignKey
ALTER TABLE "LocalMessage" ADD CONSTRAINT "LocalMessage_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
