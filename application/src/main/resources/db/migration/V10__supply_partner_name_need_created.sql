-- Two things for list pages at city scale.

-- A supply item keeps its partner's name beside its standing (partner_listed), changed in the transaction that renames
-- the partner (an admitted change of identity): a page of the catalogue then names its items' partners from its own
-- rows, without a statement of its own.

ALTER TABLE supply_item ADD COLUMN partner_name VARCHAR(100) NOT NULL DEFAULT '' AFTER partner_listed;

UPDATE supply_item s JOIN partner p ON p.id = s.partner_id SET s.partner_name = p.name;

ALTER TABLE supply_item ALTER COLUMN partner_name DROP DEFAULT;

-- Lists and ranked searches of needs read the newest first and stop early; the public statuses are several, so the
-- (status, created_at) index gives no single order for them: this one does.
ALTER TABLE need ADD KEY ix_need_created (created_at);
