-- How many attempts the dispatch that answered a message took (1 = the first target answered): the
-- failover stays visible on the answer when the conversation is reopened, not only in the session.
ALTER TABLE messages ADD COLUMN attempts INTEGER NOT NULL DEFAULT 1 CHECK (attempts >= 1);
