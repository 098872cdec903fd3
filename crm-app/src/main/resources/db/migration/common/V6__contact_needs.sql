-- Contacts logged in BrokerCRM itself (not imported) record the needs a client voiced, as a
-- comma-separated list of need codes, and where the row came from: IMPORT (the core system's
-- contacts.csv) or APP (logged by staff, the call center or a channel). Imported rows keep their ids;
-- rows logged here get ids starting with "A-" so the two never collide.
ALTER TABLE contact ADD COLUMN needs VARCHAR(400);
ALTER TABLE contact ADD COLUMN source VARCHAR(6) DEFAULT 'IMPORT';
