-- Supply items imported from spreadsheets keep the key of their row (SHA-256 of the partner and the row's number or
-- content), so that uploading the same rows again adds nothing, also after the item was edited.

ALTER TABLE supply_item
    ADD COLUMN import_key CHAR(64) NULL,
    ADD CONSTRAINT uk_supply_import_key UNIQUE (import_key);
