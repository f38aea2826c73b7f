-- Demo province (fictional: "tỉnh Thái Hòa", province code 99). Optional: runs only when motcua.seed.demo=true
-- (on for the local H2 setup, off for SQL Server production). Its own history table: flyway_history_demo.
-- Demo officers have no password: an admin gives each a temporary one with "Đặt lại mật khẩu" on the officers screen.

INSERT INTO administrative_unit (id, code, name, level_name, parent_id, path, active, version) VALUES
    (1, '99', N'Tỉnh Thái Hòa', N'Tỉnh', NULL, '/1/', 1, 0),
    (2, '99001', N'Phường Đông Thành', N'Phường', 1, '/1/2/', 1, 0),
    (3, '99002', N'Xã Hòa An', N'Xã', 1, '/1/3/', 1, 0),
    (4, '99003', N'Xã Tân Phú', N'Xã', 1, '/1/4/', 1, 0);

INSERT INTO agency (id, code, name, short_name, parent_id, administrative_unit_id, address, phone, email, path, active, version) VALUES
    (100, '000.00.00.H99', N'Ủy ban nhân dân tỉnh Thái Hòa', N'UBND tỉnh', NULL, 1, N'01 Quảng trường Trung tâm, phường Đông Thành', '0299 3800 100', NULL, '/100/', 1, 0),
    (101, '000.00.01.H99', N'Văn phòng Ủy ban nhân dân tỉnh', N'VP UBND tỉnh', 100, 1, NULL, NULL, NULL, '/100/101/', 1, 0),
    (102, '000.00.02.H99', N'Trung tâm Phục vụ hành chính công tỉnh', N'TTPVHCC', 100, 1, N'05 Lê Lợi, phường Đông Thành', '0299 3800 555', NULL, '/100/102/', 1, 0),
    (110, '000.00.12.H99', N'Sở Thông tin và Truyền thông', N'Sở TTTT', 100, 1, N'12 Trần Hưng Đạo, phường Đông Thành', '0299 3800 120', NULL, '/100/110/', 1, 0),
    (111, '000.12.01.H99', N'Phòng Báo chí - Xuất bản', NULL, 110, 1, NULL, NULL, NULL, '/100/110/111/', 1, 0),
    (120, '000.00.13.H99', N'Sở Lao động - Thương binh và Xã hội', N'Sở LĐTBXH', 100, 1, N'20 Nguyễn Huệ, phường Đông Thành', '0299 3800 130', NULL, '/100/120/', 1, 0),
    (121, '000.13.01.H99', N'Phòng Bảo trợ xã hội', NULL, 120, 1, NULL, NULL, NULL, '/100/120/121/', 1, 0),
    (130, '000.00.14.H99', N'Sở Giao thông vận tải', N'Sở GTVT', 100, 1, N'30 Hùng Vương, phường Đông Thành', '0299 3800 140', NULL, '/100/130/', 1, 0),
    (131, '000.14.01.H99', N'Phòng Quản lý vận tải, phương tiện và người lái', NULL, 130, 1, NULL, NULL, NULL, '/100/130/131/', 1, 0),
    (150, '000.31.01.H99', N'Ủy ban nhân dân phường Đông Thành', N'UBND phường Đông Thành', 100, 2, NULL, NULL, NULL, '/100/150/', 1, 0),
    (151, '000.31.02.H99', N'Ủy ban nhân dân xã Hòa An', N'UBND xã Hòa An', 100, 3, NULL, NULL, NULL, '/100/151/', 1, 0),
    (152, '000.31.03.H99', N'Ủy ban nhân dân xã Tân Phú', N'UBND xã Tân Phú', 100, 4, NULL, NULL, NULL, '/100/152/', 1, 0);

INSERT INTO service_counter (id, name, agency_id, address, phone, active, version) VALUES
    (200, N'Quầy Sở Thông tin và Truyền thông - Trung tâm PVHCC', 110, N'05 Lê Lợi, phường Đông Thành', '0299 3800 556', 1, 0),
    (201, N'Quầy Sở Lao động - Thương binh và Xã hội - Trung tâm PVHCC', 120, N'05 Lê Lợi, phường Đông Thành', '0299 3800 557', 1, 0),
    (202, N'Quầy Sở Giao thông vận tải - Trung tâm PVHCC', 130, N'05 Lê Lợi, phường Đông Thành', '0299 3800 558', 1, 0),
    (203, N'Bộ phận một cửa UBND xã Hòa An', 151, N'Thôn Trung, xã Hòa An', NULL, 1, 0);

INSERT INTO officer (id, username, full_name, email, phone, password_hash, password_change_required, failed_logins, locked_until, last_login_at, active, created_at, version) VALUES
    (300, 'tiepnhan.tttt', N'Nguyễn Thị Lan', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (301, 'chuyenvien.tttt', N'Trần Văn Minh', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (302, 'truongphong.tttt', N'Lê Thị Hoa', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (303, 'lanhdao.tttt', N'Phạm Quốc Hùng', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (304, 'quantri.tttt', N'Võ Thanh Tâm', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (305, 'tiepnhan.hoaan', N'Đỗ Thị Mai', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0);

INSERT INTO officer_agency (officer_id, agency_id) VALUES
    (300, 110), (301, 111), (302, 111), (303, 110), (304, 110), (305, 151);

INSERT INTO officer_role (officer_id, role_id) VALUES
    (300, 3), (301, 4), (302, 5), (303, 6), (304, 2), (305, 3);
