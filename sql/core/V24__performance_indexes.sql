-- Performance by officer and division (core-reporting): the hand-overs an agency subtree made in a period.
CREATE INDEX ix_hand_over_from_agency_time ON hand_over (from_agency_id, handed_at);
