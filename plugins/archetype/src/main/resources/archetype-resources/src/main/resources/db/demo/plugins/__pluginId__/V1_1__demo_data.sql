-- Demo data of the ${pluginId} plugin: runs in the plugin's own history (flyway_history_${pluginId.replace('-', '_')})
-- only where the demo province is loaded (motcua.seed.demo=true, the local H2 setup), never in production. Its
-- version sits between the plugin's own (V1_1 after V1): add V2_1__... after a V2, never edit one that has run.
-- A real province enters the same through the admin screens (plugins/README.md, "A department from nothing").

-- The demo roles get the plugin's permissions (core roles: 3 COUNTER_OFFICER, 4 PROCESSING_OFFICER,
-- 5 DIVISION_HEAD, 6 LEADER).
INSERT INTO role_permission (role_id, permission) VALUES
    (5, '${pluginId}:registry:view'),
    (6, '${pluginId}:registry:view'),
    (6, '${pluginId}:report:view');

-- Add here what the demo needs of the department, referring to rows by their codes, never by guessed ids, e.g. the
-- plugin switched on for the department whose identifier code is 000.00.25.H99:
-- INSERT INTO plugin_agency (plugin_id, agency_id, enabled_at, enabled_by)
--     SELECT '${pluginId}', id, CURRENT_TIMESTAMP, 'demo' FROM agency WHERE code = '000.00.25.H99';
