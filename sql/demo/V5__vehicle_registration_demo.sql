-- Demo data for the vehicle-registration plugin (Sở Giao thông vận tải, agency 130 and its division 131).
-- Data only. The plugin's own tables are created by its JAR's migrations (they run after these); the plugin is NOT
-- enabled for the department here: an admin switches it on in "Plugin" (/admin/plugins), as a province would.

-- The plugin's permissions for the standard roles: counter officers look licences and badges up, processing
-- officers and division heads also record a new health certificate, division heads and leaders export the registry,
-- leaders open the report.
INSERT INTO role_permission (role_id, permission) VALUES
    (3, 'vehicle-registration:registry:view'),
    (4, 'vehicle-registration:registry:view'),
    (4, 'vehicle-registration:health:edit'),
    (5, 'vehicle-registration:registry:view'),
    (5, 'vehicle-registration:registry:export'),
    (5, 'vehicle-registration:health:edit'),
    (6, 'vehicle-registration:registry:view'),
    (6, 'vehicle-registration:registry:export'),
    (6, 'vehicle-registration:report:view');

-- One officer per role at the Department of Transport, without password (an admin gives each a temporary one with
-- "Đặt lại mật khẩu"), so the licence and badge procedures can be tried end to end.
INSERT INTO officer (id, username, full_name, email, phone, password_hash, password_change_required, failed_logins, locked_until, last_login_at, active, created_at, version) VALUES
    (330, 'tiepnhan.gtvt', N'Hoàng Văn Đức', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (331, 'chuyenvien.gtvt', N'Bùi Thị Thu', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (332, 'truongphong.gtvt', N'Ngô Quang Vinh', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (333, 'lanhdao.gtvt', N'Đặng Minh Châu', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0);

-- The counter officer and the leader belong to the department (its registry rows are theirs); the processing
-- officer and the division head to its division, which appraises.
INSERT INTO officer_agency (officer_id, agency_id) VALUES
    (330, 130), (331, 131), (332, 131), (333, 130);

INSERT INTO officer_role (officer_id, role_id) VALUES
    (330, 3), (331, 4), (332, 5), (333, 6);
