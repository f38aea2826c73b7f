-- The demo province grows to look like a real two-level province (after the 2025 reform): the committee, nine
-- departments, the public administration service centre, fourteen communes and wards, each with its one-stop desk and
-- officers (no passwords: an admin gives each a temporary one). Agency kinds are set, so commune-level procedures are
-- performed by every commune ("every UBND_XA under the province"); the service centre's desk receives for the
-- departments; one inter-agency procedure (commune verifies, department decides).

UPDATE agency SET kind_id = 1 WHERE id = 100;
UPDATE agency SET kind_id = 3 WHERE id = 102;
UPDATE agency SET kind_id = 2 WHERE id IN (110, 120, 130);
UPDATE agency SET kind_id = 5 WHERE id IN (111, 121, 131);
UPDATE agency SET kind_id = 4 WHERE id IN (150, 151, 152);

INSERT INTO administrative_unit (id, code, name, level_name, parent_id, path, active, version) VALUES
    (20, '99004', N'Xã Bình Minh', N'Xã', 1, '/1/20/', 1, 0),
    (21, '99005', N'Xã Phú Lộc', N'Xã', 1, '/1/21/', 1, 0),
    (22, '99006', N'Xã Sơn Thủy', N'Xã', 1, '/1/22/', 1, 0),
    (23, '99007', N'Phường Bắc Sơn', N'Phường', 1, '/1/23/', 1, 0),
    (24, '99008', N'Xã Thạch Bàn', N'Xã', 1, '/1/24/', 1, 0),
    (25, '99009', N'Xã Vĩnh Hưng', N'Xã', 1, '/1/25/', 1, 0),
    (26, '99010', N'Xã Long Hải', N'Xã', 1, '/1/26/', 1, 0),
    (27, '99011', N'Phường Nam Thành', N'Phường', 1, '/1/27/', 1, 0),
    (28, '99012', N'Xã Đồng Tâm', N'Xã', 1, '/1/28/', 1, 0),
    (29, '99013', N'Xã An Khánh', N'Xã', 1, '/1/29/', 1, 0),
    (30, '99014', N'Xã Hải Đăng', N'Xã', 1, '/1/30/', 1, 0);

INSERT INTO agency (id, code, name, short_name, parent_id, administrative_unit_id, address, phone, email, path, kind_id, active, version) VALUES
    (400, '000.00.15.H99', N'Sở Tư pháp', N'Sở TP', 100, 1, N'15 Phan Đình Phùng, phường Đông Thành', NULL, NULL, '/100/400/', 2, 1, 0),
    (401, '000.00.16.H99', N'Sở Nội vụ', N'Sở NV', 100, 1, N'16 Lý Thường Kiệt, phường Đông Thành', NULL, NULL, '/100/401/', 2, 1, 0),
    (402, '000.00.17.H99', N'Sở Tài chính', N'Sở TC', 100, 1, N'17 Quang Trung, phường Đông Thành', NULL, NULL, '/100/402/', 2, 1, 0),
    (403, '000.00.18.H99', N'Sở Nông nghiệp và Môi trường', N'Sở NN&MT', 100, 1, N'18 Bà Triệu, phường Đông Thành', NULL, NULL, '/100/403/', 2, 1, 0),
    (404, '000.00.19.H99', N'Sở Xây dựng', N'Sở XD', 100, 1, N'19 Hai Bà Trưng, phường Đông Thành', NULL, NULL, '/100/404/', 2, 1, 0),
    (405, '000.00.20.H99', N'Sở Y tế', N'Sở YT', 100, 1, N'20 Nguyễn Du, phường Đông Thành', NULL, NULL, '/100/405/', 2, 1, 0),
    (500, '000.31.04.H99', N'Ủy ban nhân dân xã Bình Minh', N'UBND xã Bình Minh', 100, 20, NULL, NULL, NULL, '/100/500/', 4, 1, 0),
    (501, '000.31.05.H99', N'Ủy ban nhân dân xã Phú Lộc', N'UBND xã Phú Lộc', 100, 21, NULL, NULL, NULL, '/100/501/', 4, 1, 0),
    (502, '000.31.06.H99', N'Ủy ban nhân dân xã Sơn Thủy', N'UBND xã Sơn Thủy', 100, 22, NULL, NULL, NULL, '/100/502/', 4, 1, 0),
    (503, '000.31.07.H99', N'Ủy ban nhân dân phường Bắc Sơn', N'UBND phường Bắc Sơn', 100, 23, NULL, NULL, NULL, '/100/503/', 4, 1, 0),
    (504, '000.31.08.H99', N'Ủy ban nhân dân xã Thạch Bàn', N'UBND xã Thạch Bàn', 100, 24, NULL, NULL, NULL, '/100/504/', 4, 1, 0),
    (505, '000.31.09.H99', N'Ủy ban nhân dân xã Vĩnh Hưng', N'UBND xã Vĩnh Hưng', 100, 25, NULL, NULL, NULL, '/100/505/', 4, 1, 0),
    (506, '000.31.10.H99', N'Ủy ban nhân dân xã Long Hải', N'UBND xã Long Hải', 100, 26, NULL, NULL, NULL, '/100/506/', 4, 1, 0),
    (507, '000.31.11.H99', N'Ủy ban nhân dân phường Nam Thành', N'UBND phường Nam Thành', 100, 27, NULL, NULL, NULL, '/100/507/', 4, 1, 0),
    (508, '000.31.12.H99', N'Ủy ban nhân dân xã Đồng Tâm', N'UBND xã Đồng Tâm', 100, 28, NULL, NULL, NULL, '/100/508/', 4, 1, 0),
    (509, '000.31.13.H99', N'Ủy ban nhân dân xã An Khánh', N'UBND xã An Khánh', 100, 29, NULL, NULL, NULL, '/100/509/', 4, 1, 0),
    (510, '000.31.14.H99', N'Ủy ban nhân dân xã Hải Đăng', N'UBND xã Hải Đăng', 100, 30, NULL, NULL, NULL, '/100/510/', 4, 1, 0);

INSERT INTO service_counter (id, name, agency_id, address, phone, active, version) VALUES
    (204, N'Quầy tiếp nhận chung - Trung tâm Phục vụ hành chính công tỉnh', 102, N'05 Lê Lợi, phường Đông Thành', '0299 3800 555', 1, 0),
    (205, N'Bộ phận một cửa UBND phường Đông Thành', 150, NULL, NULL, 1, 0),
    (206, N'Bộ phận một cửa UBND xã Tân Phú', 152, NULL, NULL, 1, 0),
    (207, N'Bộ phận một cửa UBND xã Bình Minh', 500, NULL, NULL, 1, 0),
    (208, N'Bộ phận một cửa UBND xã Phú Lộc', 501, NULL, NULL, 1, 0),
    (209, N'Bộ phận một cửa UBND xã Sơn Thủy', 502, NULL, NULL, 1, 0),
    (210, N'Bộ phận một cửa UBND phường Bắc Sơn', 503, NULL, NULL, 1, 0),
    (211, N'Bộ phận một cửa UBND xã Thạch Bàn', 504, NULL, NULL, 1, 0),
    (212, N'Bộ phận một cửa UBND xã Vĩnh Hưng', 505, NULL, NULL, 1, 0),
    (213, N'Bộ phận một cửa UBND xã Long Hải', 506, NULL, NULL, 1, 0),
    (214, N'Bộ phận một cửa UBND phường Nam Thành', 507, NULL, NULL, 1, 0),
    (215, N'Bộ phận một cửa UBND xã Đồng Tâm', 508, NULL, NULL, 1, 0),
    (216, N'Bộ phận một cửa UBND xã An Khánh', 509, NULL, NULL, 1, 0),
    (217, N'Bộ phận một cửa UBND xã Hải Đăng', 510, NULL, NULL, 1, 0);

-- The service centre's desk receives on behalf of every department.
INSERT INTO counter_receives_for (counter_id, agency_id) VALUES
    (204, 110),
    (204, 120),
    (204, 130),
    (204, 400),
    (204, 401),
    (204, 402),
    (204, 403),
    (204, 404),
    (204, 405);

-- Officers per commune: the desk, a civil servant who assigns and processes, the chair who signs.
INSERT INTO officer (id, username, full_name, email, phone, password_hash, password_change_required, failed_logins, locked_until, last_login_at, active, created_at, version) VALUES
    (700, 'tiepnhan.dongthanh', N'Lê Văn An', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (701, 'congchuc.dongthanh', N'Phạm Thị Bích', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (702, 'chutich.dongthanh', N'Hoàng Minh Cường', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (703, 'tiepnhan.tanphu', N'Vũ Thị Dung', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (704, 'congchuc.tanphu', N'Đặng Văn Em', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (705, 'chutich.tanphu', N'Bùi Thị Gấm', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (706, 'tiepnhan.binhminh', N'Đỗ Văn Hải', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (707, 'congchuc.binhminh', N'Hồ Thị Kim', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (708, 'chutich.binhminh', N'Ngô Văn Lâm', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (709, 'tiepnhan.phuloc', N'Dương Thị My', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (710, 'congchuc.phuloc', N'Lý Văn Nam', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (711, 'chutich.phuloc', N'Mai Thị Oanh', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (712, 'tiepnhan.sonthuy', N'Phan Văn Phúc', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (713, 'congchuc.sonthuy', N'Trịnh Thị Quyên', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (714, 'chutich.sonthuy', N'Tạ Văn Sơn', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (715, 'tiepnhan.bacson', N'Chu Thị Trang', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (716, 'congchuc.bacson', N'Lưu Văn Uy', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (717, 'chutich.bacson', N'Kiều Thị Vân', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (718, 'tiepnhan.thachban', N'Quách Văn Xuân', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (719, 'congchuc.thachban', N'La Thị Yến', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (720, 'chutich.thachban', N'Âu Văn Bảo', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (721, 'tiepnhan.vinhhung', N'Cao Thị Cúc', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (722, 'congchuc.vinhhung', N'Đinh Văn Dũng', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (723, 'chutich.vinhhung', N'Giang Thị Hà', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (724, 'tiepnhan.longhai', N'Hà Văn Khoa', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (725, 'congchuc.longhai', N'Khúc Thị Liên', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (726, 'chutich.longhai', N'Lâm Văn Mạnh', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (727, 'tiepnhan.namthanh', N'Mạc Thị Nga', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (728, 'congchuc.namthanh', N'Nghiêm Văn Phong', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (729, 'chutich.namthanh', N'Ông Thị Quế', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (730, 'tiepnhan.dongtam', N'Phí Văn Tài', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (731, 'congchuc.dongtam', N'Tôn Thị Uyên', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (732, 'chutich.dongtam', N'Văn Thị Xoan', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (733, 'tiepnhan.ankhanh', N'Yên Văn Định', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (734, 'congchuc.ankhanh', N'Bạch Thị Hằng', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (735, 'chutich.ankhanh', N'Cù Văn Lộc', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (736, 'tiepnhan.haidang', N'Diệp Thị Mơ', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (737, 'congchuc.haidang', N'Đàm Văn Nhật', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (738, 'chutich.haidang', N'Hứa Thị Phượng', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (739, 'tiepnhan.ttpvhcc', N'Nguyễn Thị Hạnh', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0);

INSERT INTO officer_agency (officer_id, agency_id) VALUES
    (700, 150), (701, 150), (702, 150), (703, 152), (704, 152), (705, 152), (706, 500), (707, 500), (708, 500), (709, 501), (710, 501), (711, 501), (712, 502), (713, 502), (714, 502), (715, 503), (716, 503), (717, 503), (718, 504), (719, 504), (720, 504), (721, 505), (722, 505), (723, 505), (724, 506), (725, 506), (726, 506), (727, 507), (728, 507), (729, 507), (730, 508), (731, 508), (732, 508), (733, 509), (734, 509), (735, 509), (736, 510), (737, 510), (738, 510), (739, 102);

INSERT INTO officer_role (officer_id, role_id) VALUES
    (700, 3), (701, 4), (701, 5), (702, 6), (703, 3), (704, 4), (704, 5), (705, 6), (706, 3), (707, 4), (707, 5), (708, 6), (709, 3), (710, 4), (710, 5), (711, 6), (712, 3), (713, 4), (713, 5), (714, 6), (715, 3), (716, 4), (716, 5), (717, 6), (718, 3), (719, 4), (719, 5), (720, 6), (721, 3), (722, 4), (722, 5), (723, 6), (724, 3), (725, 4), (725, 5), (726, 6), (727, 3), (728, 4), (728, 5), (729, 6), (730, 3), (731, 4), (731, 5), (732, 6), (733, 3), (734, 4), (734, 5), (735, 6), (736, 3), (737, 4), (737, 5), (738, 6), (739, 3);

-- Commune-level procedures: performed by every commune People's Committee of the province.
UPDATE procedure_version SET performers = 'KIND', performer_kind_id = 4, performer_root_id = 100 WHERE id IN (5, 6);

-- One inter-agency procedure (liên thông): the commune receives and verifies, the department's division appraises
-- and the department's leader decides. Performed (received) by every commune; each agency's steps have their budget.
INSERT INTO admin_procedure (id, national_code, name, sector_id, deciding_agency_id, online_level, statutory_days, published, active, version) VALUES
    (600, '2.000751', N'Tiếp nhận đối tượng cần bảo vệ khẩn cấp vào cơ sở trợ giúp xã hội (liên thông xã - Sở)', 2, 120, 'FULL', 7, 1, 1, 0);
INSERT INTO procedure_version (id, procedure_id, number, status, effective_from, published_at, published_by, change_note, name, sector_id, deciding_agency_id, legal_basis, result_name, online_level, statutory_days, supplement_clock, performers, performer_kind_id, performer_root_id, version) VALUES
    (600, 600, 1, 'PUBLISHED', DATE '2025-01-01', TIMESTAMP '2024-12-20 09:00:00', 'admin', NULL, N'Tiếp nhận đối tượng cần bảo vệ khẩn cấp vào cơ sở trợ giúp xã hội (liên thông xã - Sở)', 2, 120, N'Nghị định 20/2021/NĐ-CP; Nghị định 103/2017/NĐ-CP', N'Quyết định tiếp nhận vào cơ sở trợ giúp xã hội', 'FULL', 7, 'RESUME', 'KIND', 4, 100, 0);
INSERT INTO required_document (id, procedure_version_id, position, name, copy_kind, copies, mandatory, document_type_id, template_file_id) VALUES
    (600, 600, 0, N'Tờ khai đề nghị tiếp nhận vào cơ sở trợ giúp xã hội (Mẫu số 07)', 'ORIGINAL', 1, 1, 11, NULL),
    (601, 600, 1, N'Biên bản xác minh của Ủy ban nhân dân cấp xã', 'ORIGINAL', 1, 0, 15, NULL);
INSERT INTO process_step (id, procedure_version_id, position, name, role_id, acting, agency_id, budget_days, actions) VALUES
    (602, 600, 0, N'Tiếp nhận hồ sơ tại xã', 3, 'RECEIVING_COUNTER', NULL, 0.5, 'FORWARD,REFUSE,REQUEST_SUPPLEMENT'),
    (603, 600, 1, N'Xác minh, đề nghị của UBND xã', 4, 'DECIDING_AGENCY', NULL, 2, 'FORWARD,REFUSE,REQUEST_SUPPLEMENT,SEND_BACK'),
    (604, 600, 2, N'Thẩm định tại Sở Lao động - Thương binh và Xã hội', 4, 'NAMED_AGENCY', 121, 3.5, 'FORWARD,REFUSE,REQUEST_SUPPLEMENT,SEND_BACK'),
    (605, 600, 3, N'Phê duyệt của lãnh đạo Sở', 6, 'NAMED_AGENCY', 120, 1, 'APPROVE,SEND_BACK');

-- The department's side of the inter-agency procedure: its division appraises, its leader decides.
INSERT INTO officer (id, username, full_name, email, phone, password_hash, password_change_required, failed_logins, locked_until, last_login_at, active, created_at, version) VALUES
    (760, 'chuyenvien.ldtbxh', N'Phùng Thị Thanh', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (761, 'truongphong.ldtbxh', N'Lò Văn Tuấn', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0),
    (762, 'lanhdao.ldtbxh', N'Hoàng Thị Ngọc', NULL, NULL, NULL, 1, 0, NULL, NULL, 1, CURRENT_TIMESTAMP, 0);
INSERT INTO officer_agency (officer_id, agency_id) VALUES (760, 121), (761, 121), (762, 120);
INSERT INTO officer_role (officer_id, role_id) VALUES (760, 4), (761, 5), (762, 6);
