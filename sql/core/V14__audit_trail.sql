-- The audit trail (issue 12): who did what to what, when, from which client (a keyed hash of the address, never the
-- address), and the state before and after. Append-only: the application inserts rows and reads them, nothing in it
-- updates or deletes one (in production the DBA may also DENY UPDATE, DELETE on this table to the portal's login).
-- The auditor's screen filters by actor, action and period and sorts by time: the indexes below serve those.
CREATE SEQUENCE audit_event_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE audit_event (
    id           BIGINT         NOT NULL,
    occurred_at  DATETIME2      NOT NULL,
    actor_id     BIGINT         NULL,
    actor_name   NVARCHAR(150)  NULL,
    client_key   VARCHAR(64)    NULL,
    action       VARCHAR(60)    NOT NULL,
    target       NVARCHAR(255)  NULL,
    state_before NVARCHAR(4000) NULL,
    state_after  NVARCHAR(4000) NULL,
    CONSTRAINT pk_audit_event PRIMARY KEY (id)
);
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_action_time ON audit_event (action, occurred_at);
CREATE INDEX ix_audit_event_actor_time ON audit_event (actor_name, occurred_at);

-- Who may read it: the provincial ADMIN ('*' implies it, the row makes it explicit) and a new AUDITOR role that
-- reads the trail and nothing else (fixed id 40: the standard roles use 1-7, the sequence starts at 1000).
INSERT INTO role_permission (role_id, permission)
SELECT r.id, 'audit:view' FROM app_role r
WHERE r.code = 'ADMIN'
  AND NOT EXISTS (SELECT 1 FROM role_permission p WHERE p.role_id = r.id AND p.permission = 'audit:view');
INSERT INTO app_role (id, code, name, description, version)
SELECT 40, 'AUDITOR', N'Kiểm tra an ninh', N'Xem nhật ký kiểm tra (đăng nhập, thay đổi quyền, cán bộ, cấu hình); không sửa được gì.', 0
FROM app_role a WHERE a.code = 'ADMIN'
  AND NOT EXISTS (SELECT 1 FROM app_role r WHERE r.code = 'AUDITOR' OR r.id = 40);
INSERT INTO role_permission (role_id, permission)
SELECT r.id, 'audit:view' FROM app_role r WHERE r.code = 'AUDITOR'
  AND NOT EXISTS (SELECT 1 FROM role_permission p WHERE p.role_id = r.id AND p.permission = 'audit:view');
