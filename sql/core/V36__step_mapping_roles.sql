-- An implementing agency maps the steps it does to its own divisions or roles: a mapping may name the role whose
-- officers do the step there (e.g. a commune's land officer instead of the version's "processing officer"), with or
-- without a division. A dossier keeps the role of each step as the mapping stood at receipt, as it keeps the agency.
ALTER TABLE performer_step ADD acting_role_id BIGINT NULL;
ALTER TABLE performer_step ADD CONSTRAINT fk_performer_step_role FOREIGN KEY (acting_role_id) REFERENCES app_role (id);

ALTER TABLE dossier_route ADD role_id BIGINT NULL;
ALTER TABLE dossier_route ADD CONSTRAINT fk_dossier_route_role FOREIGN KEY (role_id) REFERENCES app_role (id);
