-- Demo setup of the social-welfare plugin (plugins/social-welfare). Data only.
-- Both of its procedures, 2.000286 (monthly social allowance) and 1.000026 (poor / near-poor household), are decided
-- by the commune in the demo catalog (V2: deciding agency 151, Ủy ban nhân dân xã Hòa An), received at the commune's
-- one-stop counter (203) and worked there: since the 2025 reform the commune People's Committee decides them. So the
-- plugin is enabled for xã Hòa An (and whatever is below it), not for the department (120): the department's officers
-- would see no beneficiary of a commune in their scope. Provincial admins (scope:all) see it everywhere it is on.
INSERT INTO plugin_agency (plugin_id, agency_id, enabled_at, enabled_by) VALUES
    ('social-welfare', 151, CURRENT_TIMESTAMP, 'demo');

-- Who works the commune's dossiers besides its counter officer (305 tiepnhan.hoaan): a civil servant for labour,
-- invalids and social affairs (processing officer) and the commune chairman, who assigns and signs (division head +
-- leader). No password: an admin gives each a temporary one, like every demo officer.
INSERT INTO officer (id, username, full_name, email, phone, password_hash, password_change_required, failed_logins, locked_until, last_login_at, active, created_at, version) VALUES
    (351, 'chuyenvien.hoaan', N'Nguyễn Văn Bình', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (352, 'chutich.hoaan', N'Trần Quốc Việt', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0);
INSERT INTO officer_agency (officer_id, agency_id) VALUES
    (351, 151), (352, 151);
INSERT INTO officer_role (officer_id, role_id) VALUES
    (351, 4), (352, 5), (352, 6);

-- The plugin's permissions for the standard roles (ADMIN holds '*', which includes social-welfare:rates:edit).
INSERT INTO role_permission (role_id, permission) VALUES
    (3, 'social-welfare:beneficiary:view'),
    (4, 'social-welfare:beneficiary:view'), (4, 'social-welfare:payment:export'), (4, 'social-welfare:rates:view'),
    (5, 'social-welfare:beneficiary:view'), (5, 'social-welfare:payment:export'), (5, 'social-welfare:rates:view'),
    (5, 'social-welfare:report:view'),
    (6, 'social-welfare:beneficiary:view'), (6, 'social-welfare:beneficiary:stop'),
    (6, 'social-welfare:payment:export'), (6, 'social-welfare:rates:view'), (6, 'social-welfare:report:view');
