-- Issue 18, finding 3: a need earmarks its community's fund only once the community's side has taken it on.
-- Needs recorded by staff (and imported ones, which only staff import) are confirmed at once: the default.
-- A partner's draft is confirmed when the community's staff publish it; those never published are not.
ALTER TABLE need ADD COLUMN fund_confirmed BOOLEAN NOT NULL DEFAULT TRUE;
UPDATE need SET fund_confirmed = FALSE WHERE recorded_by_partner_id IS NOT NULL AND published_at IS NULL;
