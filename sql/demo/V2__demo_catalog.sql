-- The demo province's catalog: three sectors, twelve procedures with their documents, fees and three-step
-- processes (generated once from a script; figures follow the real procedures of 2025). Published from 2025-01-01.
-- At a department the appraisal step is done by its division (named agency), as in real one-stop practice: the
-- counter receives, the division head assigns an officer of the division, the department's leader approves.

INSERT INTO sector (id, code, name, active, version) VALUES
    (1, 'BCXB', N'Báo chí - Xuất bản', 1, 0),
    (2, 'BTXH', N'Bảo trợ xã hội', 1, 0),
    (3, 'DUONGBO', N'Đường bộ', 1, 0);

INSERT INTO admin_procedure (id, national_code, name, sector_id, deciding_agency_id, online_level, statutory_days, published, active, version) VALUES
    (1, '1.004652', N'Cấp giấy phép xuất bản bản tin', 1, 110, 'FULL', 10, 1, 1, 0),
    (2, '1.004663', N'Cấp giấy phép xuất bản tài liệu không kinh doanh', 1, 110, 'FULL', 10, 1, 1, 0),
    (3, '1.004671', N'Sửa đổi, bổ sung giấy phép xuất bản bản tin', 1, 110, 'FULL', 7, 1, 1, 0),
    (4, '1.004690', N'Cấp giấy phép hoạt động in xuất bản phẩm', 1, 110, 'PARTIAL', 15, 1, 1, 0),
    (5, '2.000286', N'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng', 2, 151, 'FULL', 10, 1, 1, 0),
    (6, '1.000026', N'Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm', 2, 151, 'PARTIAL', 7, 1, 1, 0),
    (7, '2.000744', N'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội', 2, 151, 'FULL', 3, 1, 1, 0),
    (8, '1.001776', N'Tiếp nhận đối tượng bảo trợ xã hội có hoàn cảnh đặc biệt khó khăn vào cơ sở trợ giúp xã hội cấp tỉnh', 2, 120, 'PARTIAL', 7, 1, 1, 0),
    (9, '1.002804', N'Đổi giấy phép lái xe do ngành Giao thông vận tải cấp', 3, 130, 'FULL', 5, 1, 1, 0),
    (10, '1.002809', N'Cấp lại giấy phép lái xe', 3, 130, 'PARTIAL', 10, 1, 1, 0),
    (11, '1.002861', N'Cấp phù hiệu xe ô tô kinh doanh vận tải', 3, 130, 'FULL', 2, 1, 1, 0),
    (12, '1.002835', N'Cấp giấy phép lái xe quốc tế', 3, 130, 'FULL', 5, 1, 1, 0);

INSERT INTO procedure_version (id, procedure_id, number, status, effective_from, published_at, published_by, change_note, name, sector_id, deciding_agency_id, legal_basis, result_name, online_level, statutory_days, supplement_clock, version) VALUES
    (1, 1, 1, 'PUBLISHED', DATE '2025-01-01', TIMESTAMP '2024-12-20 09:00:00', 'admin', NULL, N'Cấp giấy phép xuất bản bản tin', 1, 110, N'Luật Báo chí 2016; Nghị định 09/2017/NĐ-CP; Thông tư 41/2020/TT-BTTTT', N'Giấy phép xuất bản bản tin', 'FULL', 10, 'RESUME', 0),
    (2, 2, 1, 'PUBLISHED', DATE '2025-01-01', TIMESTAMP '2024-12-20 09:00:00', 'admin', NULL, N'Cấp giấy phép xuất bản tài liệu không kinh doanh', 1, 110, N'Luật Xuất bản 2012; Nghị định 195/2013/NĐ-CP; Thông tư 01/2020/TT-BTTTT', N'Giấy phép xuất bản tài liệu không kinh doanh', 'FULL', 10, 'RESUME', 0),
    (3, 3, 1, 'PUBLISHED', DATE '2025-01-01', TIMESTAMP '2024-12-20 09:00:00', 'admin', NULL, N'Sửa đổi, bổ sung giấy phép xuất bản bản tin', 1, 110, N'Luật Báo chí 2016; Thông tư 41/2020/TT-BTTTT', N'Giấy phép xuất bản bản tin (sửa đổi)', 'FULL', 7, 'RESUME', 0),
    (4, 4, 1, 'PUBLISHED', DATE '2025-01-01', TIMESTAMP '2024-12-20 09:00:00', 'admin', NULL, N'Cấp giấy phép hoạt động in xuất bản phẩm', 1, 110, N'Luật Xuất bản 2012; Nghị định 60/2014/NĐ-CP; Nghị định 25/2018/NĐ-CP', N'Giấy phép hoạt động in xuất bản phẩm', 'PARTIAL', 15, 'RESUME', 0),
    (5, 5, 1, 'PUBLISHED', DATE '2025-01-01', TIMESTAMP '2024-12-20 09:00:00', 'admin', NULL, N'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng', 2, 151, N'Luật Người cao tuổi 2009; Luật Người khuyết tật 2010; Nghị định 20/2021/NĐ-CP', N'Quyết định trợ cấp xã hội hàng tháng', 'FULL', 10, 'RESUME', 0),
    (6, 6, 1, 'PUBLISHED', DATE '2025-01-01', TIMESTAMP '2024-12-20 09:00:00', 'admin', NULL, N'Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm', 2, 151, N'Nghị định 07/2021/NĐ-CP; Thông tư 07/2021/TT-BLĐTBXH', N'Giấy chứng nhận hộ nghèo, hộ cận nghèo', 'PARTIAL', 7, 'RESUME', 0),
    (7, 7, 1, 'PUBLISHED', DATE '2025-01-01', TIMESTAMP '2024-12-20 09:00:00', 'admin', NULL, N'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội', 2, 151, N'Nghị định 20/2021/NĐ-CP', N'Quyết định hỗ trợ chi phí mai táng', 'FULL', 3, 'RESUME', 0),
    (8, 8, 1, 'PUBLISHED', DATE '2025-01-01', TIMESTAMP '2024-12-20 09:00:00', 'admin', NULL, N'Tiếp nhận đối tượng bảo trợ xã hội có hoàn cảnh đặc biệt khó khăn vào cơ sở trợ giúp xã hội cấp tỉnh', 2, 120, N'Nghị định 20/2021/NĐ-CP; Nghị định 103/2017/NĐ-CP', N'Quyết định tiếp nhận vào cơ sở trợ giúp xã hội', 'PARTIAL', 7, 'RESUME', 0),
    (9, 9, 1, 'PUBLISHED', DATE '2025-01-01', TIMESTAMP '2024-12-20 09:00:00', 'admin', NULL, N'Đổi giấy phép lái xe do ngành Giao thông vận tải cấp', 3, 130, N'Luật Trật tự, an toàn giao thông đường bộ 2024; Thông tư 35/2024/TT-BGTVT; Thông tư 37/2023/TT-BTC', N'Giấy phép lái xe', 'FULL', 5, 'RESUME', 0),
    (10, 10, 1, 'PUBLISHED', DATE '2025-01-01', TIMESTAMP '2024-12-20 09:00:00', 'admin', NULL, N'Cấp lại giấy phép lái xe', 3, 130, N'Luật Trật tự, an toàn giao thông đường bộ 2024; Thông tư 35/2024/TT-BGTVT', N'Giấy phép lái xe', 'PARTIAL', 10, 'RESUME', 0),
    (11, 11, 1, 'PUBLISHED', DATE '2025-01-01', TIMESTAMP '2024-12-20 09:00:00', 'admin', NULL, N'Cấp phù hiệu xe ô tô kinh doanh vận tải', 3, 130, N'Nghị định 158/2024/NĐ-CP; Thông tư 36/2024/TT-BGTVT', N'Phù hiệu xe kinh doanh vận tải', 'FULL', 2, 'RESUME', 0),
    (12, 12, 1, 'PUBLISHED', DATE '2025-01-01', TIMESTAMP '2024-12-20 09:00:00', 'admin', NULL, N'Cấp giấy phép lái xe quốc tế', 3, 130, N'Thông tư 35/2024/TT-BGTVT', N'Giấy phép lái xe quốc tế', 'FULL', 5, 'RESUME', 0);

INSERT INTO required_document (id, procedure_version_id, position, name, copy_kind, copies, mandatory, document_type_id, template_file_id) VALUES
    (1, 1, 0, N'Tờ khai đề nghị cấp giấy phép xuất bản bản tin (Mẫu số 14)', 'ORIGINAL', 1, 1, 11, NULL),
    (2, 1, 1, N'Bản sao có chứng thực quyết định thành lập cơ quan, tổ chức', 'CERTIFIED_COPY', 1, 1, 14, NULL),
    (3, 1, 2, N'Mẫu trình bày tên gọi và hình thức trình bày trang đầu bản tin', 'ORIGINAL', 1, 1, 16, NULL),
    (7, 2, 0, N'Đơn đề nghị cấp giấy phép xuất bản tài liệu không kinh doanh', 'ORIGINAL', 1, 1, 11, NULL),
    (8, 2, 1, N'Bản thảo tài liệu (02 bản in hoặc tệp điện tử)', 'ORIGINAL', 2, 1, 16, NULL),
    (9, 2, 2, N'Bản sao giấy phép thành lập hoặc quyết định thành lập', 'CERTIFIED_COPY', 1, 1, 14, NULL),
    (14, 3, 0, N'Văn bản đề nghị sửa đổi, bổ sung giấy phép', 'ORIGINAL', 1, 1, 11, NULL),
    (15, 3, 1, N'Giấy phép xuất bản bản tin đã được cấp', 'PHOTOCOPY', 1, 1, 13, NULL),
    (19, 4, 0, N'Đơn đề nghị cấp giấy phép hoạt động in', 'ORIGINAL', 1, 1, 11, NULL),
    (20, 4, 1, N'Giấy chứng nhận đăng ký doanh nghiệp', 'CERTIFIED_COPY', 1, 1, 15, NULL),
    (21, 4, 2, N'Giấy tờ chứng minh quyền sử dụng mặt bằng sản xuất, thiết bị in', 'PHOTOCOPY', 1, 1, 16, NULL),
    (22, 4, 3, N'Bản sao văn bằng của người đứng đầu cơ sở in', 'CERTIFIED_COPY', 1, 0, 12, NULL),
    (26, 5, 0, N'Tờ khai đề nghị trợ giúp xã hội (Mẫu số 1a-1d)', 'ORIGINAL', 1, 1, 11, NULL),
    (27, 5, 1, N'Căn cước công dân của đối tượng', 'PHOTOCOPY', 1, 1, 12, NULL),
    (28, 5, 2, N'Giấy xác nhận khuyết tật (nếu có)', 'PHOTOCOPY', 1, 0, 15, NULL),
    (32, 6, 0, N'Giấy đề nghị xét duyệt hộ nghèo, hộ cận nghèo phát sinh trong năm (Phụ lục số 01a)', 'ORIGINAL', 1, 1, 11, NULL),
    (36, 7, 0, N'Tờ khai đề nghị hỗ trợ chi phí mai táng (Mẫu số 04)', 'ORIGINAL', 1, 1, 11, NULL),
    (37, 7, 1, N'Giấy chứng tử hoặc trích lục khai tử', 'CERTIFIED_COPY', 1, 1, 15, NULL),
    (41, 8, 0, N'Văn bản đề nghị của Ủy ban nhân dân cấp xã', 'ORIGINAL', 1, 1, 11, NULL),
    (42, 8, 1, N'Tờ khai đề nghị tiếp nhận vào cơ sở (Mẫu số 07)', 'ORIGINAL', 1, 1, 11, NULL),
    (43, 8, 2, N'Giấy khám sức khỏe', 'ORIGINAL', 1, 1, 15, NULL),
    (47, 9, 0, N'Đơn đề nghị đổi giấy phép lái xe (Mẫu)', 'ORIGINAL', 1, 1, 11, NULL),
    (48, 9, 1, N'Giấy khám sức khỏe của người lái xe', 'ORIGINAL', 1, 1, 15, NULL),
    (49, 9, 2, N'Giấy phép lái xe đang sử dụng', 'PHOTOCOPY', 1, 1, 13, NULL),
    (54, 10, 0, N'Đơn đề nghị cấp lại giấy phép lái xe', 'ORIGINAL', 1, 1, 11, NULL),
    (55, 10, 1, N'Giấy khám sức khỏe của người lái xe', 'ORIGINAL', 1, 1, 15, NULL),
    (56, 10, 2, N'Căn cước công dân', 'PHOTOCOPY', 1, 1, 12, NULL),
    (61, 11, 0, N'Giấy đề nghị cấp phù hiệu (Phụ lục)', 'ORIGINAL', 1, 1, 11, NULL),
    (62, 11, 1, N'Giấy đăng ký xe ô tô', 'PHOTOCOPY', 1, 1, 13, NULL),
    (66, 12, 0, N'Tờ khai đề nghị cấp giấy phép lái xe quốc tế', 'ORIGINAL', 1, 1, 11, NULL),
    (67, 12, 1, N'Giấy phép lái xe quốc gia', 'PHOTOCOPY', 1, 1, 13, NULL),
    (68, 12, 2, N'Hộ chiếu còn thời hạn', 'PHOTOCOPY', 1, 1, 12, NULL);

INSERT INTO procedure_fee (id, procedure_version_id, position, name, kind, amount, due, note) VALUES
    (10, 2, 0, N'Phí thẩm định nội dung tài liệu không kinh doanh', 'FEE', 200000, 'AT_RECEIPT', NULL),
    (50, 9, 0, N'Lệ phí cấp giấy phép lái xe', 'CHARGE', 135000, 'AT_RECEIPT', NULL),
    (57, 10, 0, N'Lệ phí cấp giấy phép lái xe', 'CHARGE', 135000, 'AT_RECEIPT', NULL),
    (69, 12, 0, N'Lệ phí cấp giấy phép lái xe quốc tế', 'CHARGE', 135000, 'BEFORE_RESULT', NULL);

INSERT INTO process_step (id, procedure_version_id, position, name, role_id, acting, agency_id, budget_days, actions) VALUES
    (4, 1, 0, N'Tiếp nhận hồ sơ', 3, 'RECEIVING_COUNTER', NULL, 0.5, 'FORWARD,REFUSE,REQUEST_SUPPLEMENT'),
    (5, 1, 1, N'Thẩm định, xử lý hồ sơ', 4, 'NAMED_AGENCY', 111, 8.5, 'FORWARD,REFUSE,REQUEST_SUPPLEMENT,SEND_BACK,TRANSFER'),
    (6, 1, 2, N'Phê duyệt kết quả', 6, 'DECIDING_AGENCY', NULL, 1, 'APPROVE,SEND_BACK'),
    (11, 2, 0, N'Tiếp nhận hồ sơ', 3, 'RECEIVING_COUNTER', NULL, 0.5, 'FORWARD,REFUSE,REQUEST_SUPPLEMENT'),
    (12, 2, 1, N'Thẩm định, xử lý hồ sơ', 4, 'NAMED_AGENCY', 111, 8.5, 'FORWARD,REFUSE,REQUEST_SUPPLEMENT,SEND_BACK,TRANSFER'),
    (13, 2, 2, N'Phê duyệt kết quả', 6, 'DECIDING_AGENCY', NULL, 1, 'APPROVE,SEND_BACK'),
    (16, 3, 0, N'Tiếp nhận hồ sơ', 3, 'RECEIVING_COUNTER', NULL, 0.5, 'FORWARD,REFUSE,REQUEST_SUPPLEMENT'),
    (17, 3, 1, N'Thẩm định, xử lý hồ sơ', 4, 'NAMED_AGENCY', 111, 5.5, 'FORWARD,REFUSE,REQUEST_SUPPLEMENT,SEND_BACK,TRANSFER'),
    (18, 3, 2, N'Phê duyệt kết quả', 6, 'DECIDING_AGENCY', NULL, 1, 'APPROVE,SEND_BACK'),
    (23, 4, 0, N'Tiếp nhận hồ sơ', 3, 'RECEIVING_COUNTER', NULL, 0.5, 'FORWARD,REFUSE,REQUEST_SUPPLEMENT'),
    (24, 4, 1, N'Thẩm định, xử lý hồ sơ', 4, 'NAMED_AGENCY', 111, 13.5, 'FORWARD,REFUSE,REQUEST_SUPPLEMENT,SEND_BACK,TRANSFER'),
    (25, 4, 2, N'Phê duyệt kết quả', 6, 'DECIDING_AGENCY', NULL, 1, 'APPROVE,SEND_BACK'),
    (29, 5, 0, N'Tiếp nhận hồ sơ', 3, 'RECEIVING_COUNTER', NULL, 0.5, 'FORWARD,REFUSE,REQUEST_SUPPLEMENT'),
    (30, 5, 1, N'Thẩm định, xử lý hồ sơ', 4, 'DECIDING_AGENCY', NULL, 8.5, 'FORWARD,REFUSE,REQUEST_SUPPLEMENT,SEND_BACK,TRANSFER'),
    (31, 5, 2, N'Phê duyệt kết quả', 6, 'DECIDING_AGENCY', NULL, 1, 'APPROVE,SEND_BACK'),
    (33, 6, 0, N'Tiếp nhận hồ sơ', 3, 'RECEIVING_COUNTER', NULL, 0.5, 'FORWARD,REFUSE,REQUEST_SUPPLEMENT'),
    (34, 6, 1, N'Thẩm định, xử lý hồ sơ', 4, 'DECIDING_AGENCY', NULL, 5.5, 'FORWARD,REFUSE,REQUEST_SUPPLEMENT,SEND_BACK,TRANSFER'),
    (35, 6, 2, N'Phê duyệt kết quả', 6, 'DECIDING_AGENCY', NULL, 1, 'APPROVE,SEND_BACK'),
    (38, 7, 0, N'Tiếp nhận hồ sơ', 3, 'RECEIVING_COUNTER', NULL, 0.5, 'FORWARD,REFUSE,REQUEST_SUPPLEMENT'),
    (39, 7, 1, N'Thẩm định, xử lý hồ sơ', 4, 'DECIDING_AGENCY', NULL, 1.5, 'FORWARD,REFUSE,REQUEST_SUPPLEMENT,SEND_BACK,TRANSFER'),
    (40, 7, 2, N'Phê duyệt kết quả', 6, 'DECIDING_AGENCY', NULL, 1, 'APPROVE,SEND_BACK'),
    (44, 8, 0, N'Tiếp nhận hồ sơ', 3, 'RECEIVING_COUNTER', NULL, 0.5, 'FORWARD,REFUSE,REQUEST_SUPPLEMENT'),
    (45, 8, 1, N'Thẩm định, xử lý hồ sơ', 4, 'NAMED_AGENCY', 121, 5.5, 'FORWARD,REFUSE,REQUEST_SUPPLEMENT,SEND_BACK,TRANSFER'),
    (46, 8, 2, N'Phê duyệt kết quả', 6, 'DECIDING_AGENCY', NULL, 1, 'APPROVE,SEND_BACK'),
    (51, 9, 0, N'Tiếp nhận hồ sơ', 3, 'RECEIVING_COUNTER', NULL, 0.5, 'FORWARD,REFUSE,REQUEST_SUPPLEMENT'),
    (52, 9, 1, N'Thẩm định, xử lý hồ sơ', 4, 'NAMED_AGENCY', 131, 3.5, 'FORWARD,REFUSE,REQUEST_SUPPLEMENT,SEND_BACK,TRANSFER'),
    (53, 9, 2, N'Phê duyệt kết quả', 6, 'DECIDING_AGENCY', NULL, 1, 'APPROVE,SEND_BACK'),
    (58, 10, 0, N'Tiếp nhận hồ sơ', 3, 'RECEIVING_COUNTER', NULL, 0.5, 'FORWARD,REFUSE,REQUEST_SUPPLEMENT'),
    (59, 10, 1, N'Thẩm định, xử lý hồ sơ', 4, 'NAMED_AGENCY', 131, 8.5, 'FORWARD,REFUSE,REQUEST_SUPPLEMENT,SEND_BACK,TRANSFER'),
    (60, 10, 2, N'Phê duyệt kết quả', 6, 'DECIDING_AGENCY', NULL, 1, 'APPROVE,SEND_BACK'),
    (63, 11, 0, N'Tiếp nhận hồ sơ', 3, 'RECEIVING_COUNTER', NULL, 0.5, 'FORWARD,REFUSE,REQUEST_SUPPLEMENT'),
    (64, 11, 1, N'Thẩm định, xử lý hồ sơ', 4, 'NAMED_AGENCY', 131, 1.0, 'FORWARD,REFUSE,REQUEST_SUPPLEMENT,SEND_BACK,TRANSFER'),
    (65, 11, 2, N'Phê duyệt kết quả', 6, 'DECIDING_AGENCY', NULL, 0.5, 'APPROVE,SEND_BACK'),
    (70, 12, 0, N'Tiếp nhận hồ sơ', 3, 'RECEIVING_COUNTER', NULL, 0.5, 'FORWARD,REFUSE,REQUEST_SUPPLEMENT'),
    (71, 12, 1, N'Thẩm định, xử lý hồ sơ', 4, 'NAMED_AGENCY', 131, 3.5, 'FORWARD,REFUSE,REQUEST_SUPPLEMENT,SEND_BACK,TRANSFER'),
    (72, 12, 2, N'Phê duyệt kết quả', 6, 'DECIDING_AGENCY', NULL, 1, 'APPROVE,SEND_BACK');

-- The bulletin licence (procedure 1) collects its particulars through an admin-defined form.
INSERT INTO form_field (id, procedure_version_id, position, field_key, label, field_type, required, pattern, choices, hint) VALUES
    (73, 1, 0, 'publicationName', N'Tên bản tin', 'TEXT', 1, NULL, NULL, N'Tên gọi in trên trang đầu của bản tin'),
    (74, 1, 1, 'purpose', N'Mục đích xuất bản', 'TEXT', 1, NULL, NULL, NULL),
    (75, 1, 2, 'periodicity', N'Kỳ hạn xuất bản', 'CHOICE', 1, NULL, N'Hằng tháng
Hằng quý
6 tháng một kỳ
Hằng năm', NULL),
    (76, 1, 3, 'pages', N'Số trang', 'NUMBER', 1, '[0-9]{1,3}', NULL, NULL),
    (77, 1, 4, 'copies', N'Số lượng bản in mỗi kỳ', 'NUMBER', 1, '[0-9]{1,6}', NULL, NULL),
    (78, 1, 5, 'printingHouse', N'Nơi in', 'ADDRESS', 0, NULL, NULL, N'Chọn đơn vị hành chính nơi đặt cơ sở in');
