/*
  MotCua — SQL Server bootstrap, run ONCE by a DBA (sysadmin) before the first start of the portal.
  Creates: the database motcua, the login + user motcua_app with the rights the application needs.
  Not run on our build machines (there is no SQL Server there); see README.md next to this file.

      sqlcmd -S <server> -E -b -i bootstrap.sql -v MOTCUA_APP_PASSWORD="<strong password>"

  The password comes only from the sqlcmd variable $(MOTCUA_APP_PASSWORD): never write it into this file.
  (sqlcmd substitutes it as text inside a '...' literal: it must not contain a single quote.)
  Safe to run again: every step checks first.

  Tables, sequences and data are NOT created here: the application migrates its schema itself with Flyway at
  startup (scripts in sql/core, sql/demo), as motcua_app — hence db_ddladmin below.
*/
:on error exit
SET NOCOUNT ON;
GO

/* ---- Database ---------------------------------------------------------------------------------------------------
   Collation Vietnamese_100_CI_AS_SC_UTF8 (SQL Server 2019 or later):
     Vietnamese_100  sorting and comparison rules of Vietnamese (letters ă â đ ê ô ơ ư in their own places), version
                     100 of the rules (current), not the 1990s "Vietnamese" ones;
     CI              case-insensitive: "Hà Nội" = "hà nội" in searches and unique keys (user names, codes);
     AS              accent-SENSITIVE: in Vietnamese the tone mark changes the word (ma, má, mà, mả, mã, mạ are six
                     words), so an accent-insensitive collation would confuse names and places;
     SC              supplementary characters (UTF-16 surrogate pairs) counted as one character by string functions;
     UTF8            VARCHAR columns store UTF-8 too, so a stray VARCHAR column can't lose Vietnamese characters.
                     Text columns should be NVARCHAR anyway (the driver sends strings as Unicode).
   On SQL Server 2016/2017 (no UTF-8 collations) use Vietnamese_CI_AS instead: same comparison behaviour for
   NVARCHAR; then every text column must be NVARCHAR.
*/
IF DB_ID(N'motcua') IS NULL
BEGIN
    CREATE DATABASE motcua COLLATE Vietnamese_100_CI_AS_SC_UTF8;
    PRINT 'Database motcua created.';
END
ELSE
    PRINT 'Database motcua exists (collation: ' + CONVERT(nvarchar(128), DATABASEPROPERTYEX(N'motcua', 'Collation')) + ').';
GO

/* Readers see the last committed version instead of waiting for writers' locks (row versioning in tempdb): list
   pages don't block while officers save applications, and deadlocks between reads and writes go away.
   Changing it needs the database to itself: ROLLBACK IMMEDIATE ends other sessions (harmless before first use). */
IF (SELECT is_read_committed_snapshot_on FROM sys.databases WHERE name = N'motcua') = 0
BEGIN
    ALTER DATABASE motcua SET READ_COMMITTED_SNAPSHOT ON WITH ROLLBACK IMMEDIATE;
    PRINT 'READ_COMMITTED_SNAPSHOT is ON.';
END
GO

/* ---- Login (server level) ---------------------------------------------------------------------------------------
   SQL authentication, password policy (complexity) enforced, no expiry (a service account that expires
   silently takes the portal down). */
IF SUSER_ID(N'motcua_app') IS NULL
BEGIN
    CREATE LOGIN motcua_app
        WITH PASSWORD = N'$(MOTCUA_APP_PASSWORD)',
             DEFAULT_DATABASE = motcua,
             CHECK_POLICY = ON,
             CHECK_EXPIRATION = OFF;
    PRINT 'Login motcua_app created.';
END
ELSE
    PRINT 'Login motcua_app exists: password NOT changed (ALTER LOGIN motcua_app WITH PASSWORD = ... to change it).';
GO

/* ---- User and rights (database level) -------------------------------------------------------------------------- */
USE motcua;
GO

IF DATABASE_PRINCIPAL_ID(N'motcua_app') IS NULL
BEGIN
    CREATE USER motcua_app FOR LOGIN motcua_app WITH DEFAULT_SCHEMA = dbo;
    PRINT 'User motcua_app created in motcua.';
END
GO

-- db_ddladmin:   Flyway runs from the application at startup and creates/alters tables, indexes, sequences.
-- db_datareader, db_datawriter: the application's own reads and writes.
-- Nothing more: no db_owner, no server roles.
ALTER ROLE db_ddladmin   ADD MEMBER motcua_app;
ALTER ROLE db_datareader ADD MEMBER motcua_app;
ALTER ROLE db_datawriter ADD MEMBER motcua_app;
GO

PRINT 'Done. Give the integrator: server name and port, database motcua, login motcua_app and its password.';
GO
