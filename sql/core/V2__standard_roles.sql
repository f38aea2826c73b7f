-- The standard roles of a one-stop shop. Admins may edit their permissions and add roles of their own.
-- scope:all lets a holder see every agency's data; everyone else sees their own agencies and those under them.
INSERT INTO app_role (id, code, name, description, version) VALUES
    (1, 'ADMIN', N'Quản trị hệ thống', N'Quản trị toàn tỉnh: người dùng, cơ quan, danh mục, cấu hình, plugin.', 0),
    (2, 'DIRECTORY_ADMIN', N'Quản trị đơn vị', N'Quản lý cán bộ, quầy và cơ cấu tổ chức trong phạm vi cơ quan của mình.', 0),
    (3, 'COUNTER_OFFICER', N'Cán bộ tiếp nhận và trả kết quả', N'Tiếp nhận hồ sơ tại bộ phận một cửa và trả kết quả.', 0),
    (4, 'PROCESSING_OFFICER', N'Chuyên viên xử lý', N'Thụ lý, xử lý hồ sơ được phân công.', 0),
    (5, 'DIVISION_HEAD', N'Lãnh đạo phòng', N'Phân công xử lý, thẩm định hồ sơ của phòng.', 0),
    (6, 'LEADER', N'Lãnh đạo cơ quan', N'Phê duyệt, ký kết quả; theo dõi hồ sơ trễ hạn.', 0);

INSERT INTO role_permission (role_id, permission) VALUES
    (1, '*'),
    (2, 'directory:*'),
    (3, 'dossier:receive'), (3, 'dossier:return'), (3, 'dossier:view'),
    (4, 'dossier:process'), (4, 'dossier:view'),
    (5, 'dossier:assign'), (5, 'dossier:process'), (5, 'dossier:view'),
    (6, 'dossier:approve'), (6, 'dossier:view'), (6, 'report:view');
