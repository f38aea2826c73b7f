-- Revocation at once (issue 12): two counters per officer that every change bumps. rights_stamp when what the officer
-- may do changes (roles, a role's permissions, agencies): open sessions read their permissions again at their next
-- request. sessions_stamp when open sessions must end (deactivation, a new password). Each request compares the
-- session's copy with the row (one primary-key read), so the change holds on every server of a cluster at once.
ALTER TABLE officer ADD rights_stamp INT DEFAULT 0 NOT NULL;
ALTER TABLE officer ADD sessions_stamp INT DEFAULT 0 NOT NULL;
