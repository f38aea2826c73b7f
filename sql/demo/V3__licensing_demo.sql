-- Demo data of the licensing plugin (plugins/licensing): the provincial procedure "revocation of a bulletin licence"
-- that the plugin handles, and its permissions granted to the demo roles. Data only; the plugin's own tables come from
-- its JAR (db/migration/plugins/licensing). The plugin itself is NOT enabled here: an admin enables it for Sở TTTT
-- on /admin/plugins (that is the point of the per-agency switch).
--
-- Code 9.990001: the national database numbers procedures 1.xxxxxx-3.xxxxxx; a leading 9 marks a code tỉnh Thái Hòa
-- gave a procedure of its own (the sample province's code is 99). Ids 110-114 keep clear of the other demo sets.

INSERT INTO admin_procedure (id, national_code, name, sector_id, deciding_agency_id, online_level, statutory_days, published, active, version) VALUES
    (110, '9.990001', N'Thu hồi giấy phép xuất bản bản tin (thủ tục riêng của tỉnh)', 1, 110, 'PARTIAL', 5, 1, 1, 0);

INSERT INTO procedure_version (id, procedure_id, number, status, effective_from, published_at, published_by, change_note, name, sector_id, deciding_agency_id, legal_basis, result_name, online_level, statutory_days, supplement_clock, version) VALUES
    (110, 110, 1, 'PUBLISHED', DATE '2025-01-01', TIMESTAMP '2024-12-20 09:00:00', 'admin', N'Thủ tục riêng của tỉnh Thái Hòa (mã 9.990001, không thuộc Cơ sở dữ liệu quốc gia về TTHC)', N'Thu hồi giấy phép xuất bản bản tin (thủ tục riêng của tỉnh)', 1, 110, N'Luật Báo chí 2016; Nghị định 09/2017/NĐ-CP', N'Quyết định thu hồi giấy phép xuất bản bản tin', 'PARTIAL', 5, 'RESUME', 0);

INSERT INTO required_document (id, procedure_version_id, position, name, copy_kind, copies, mandatory, document_type_id, template_file_id) VALUES
    (110, 110, 0, N'Văn bản đề nghị thu hồi giấy phép (của cơ quan, tổ chức được cấp phép hoặc của cơ quan kiểm tra)', 'ORIGINAL', 1, 1, 11, NULL),
    (111, 110, 1, N'Giấy phép xuất bản bản tin đã được cấp', 'PHOTOCOPY', 1, 0, 13, NULL);

INSERT INTO process_step (id, procedure_version_id, position, name, role_id, acting, agency_id, budget_days, actions) VALUES
    (112, 110, 0, N'Tiếp nhận hồ sơ', 3, 'RECEIVING_COUNTER', NULL, 0.5, 'FORWARD,REFUSE,REQUEST_SUPPLEMENT'),
    (113, 110, 1, N'Thẩm định, xử lý hồ sơ', 4, 'NAMED_AGENCY', 111, 3.5, 'FORWARD,REFUSE,REQUEST_SUPPLEMENT,SEND_BACK,TRANSFER'),
    (114, 110, 2, N'Phê duyệt kết quả', 6, 'DECIDING_AGENCY', NULL, 1, 'APPROVE,SEND_BACK');

-- Everyone who works licence dossiers may look licences up (the counter fills an amendment from the registry);
-- division heads and leaders export the registry; leaders and division heads see the monthly report.
INSERT INTO role_permission (role_id, permission) VALUES
    (3, 'licensing:licence:view'),
    (4, 'licensing:licence:view'),
    (5, 'licensing:licence:view'), (5, 'licensing:licence:export'), (5, 'licensing:report:view'),
    (6, 'licensing:licence:view'), (6, 'licensing:licence:export'), (6, 'licensing:report:view');

-- The bulletin licence (procedure 1) now collects its particulars through the plugin's form: its admin-defined
-- fields go. The demo keeps an admin-defined form on a procedure no department plugin serves: the printing
-- activity licence (procedure 4), which shows how any of the province's thousand procedures gets a form without code.
DELETE FROM form_field WHERE procedure_version_id = 1;
INSERT INTO form_field (id, procedure_version_id, position, field_key, label, field_type, required, pattern, choices, hint) VALUES
    (115, 4, 0, 'printingHouse', N'Tên cơ sở in', 'TEXT', 1, NULL, NULL, N'Tên ghi trên giấy chứng nhận đăng ký doanh nghiệp'),
    (116, 4, 1, 'products', N'Sản phẩm in chủ yếu', 'TEXT', 1, NULL, NULL, NULL),
    (117, 4, 2, 'kind', N'Loại hình cơ sở in', 'CHOICE', 1, NULL, N'Doanh nghiệp
Đơn vị sự nghiệp
Hộ kinh doanh', NULL),
    (118, 4, 3, 'machines', N'Số máy in', 'NUMBER', 1, '[0-9]{1,3}', NULL, NULL),
    (119, 4, 4, 'workers', N'Số lao động', 'NUMBER', 1, '[0-9]{1,5}', NULL, NULL),
    (120, 4, 5, 'address', N'Địa chỉ cơ sở in', 'ADDRESS', 0, NULL, NULL, N'Chọn đơn vị hành chính nơi đặt cơ sở in');
