@echo off
rem ====================================================================================================================
rem motcua.cmd - Windows twin of motcua.sh: build, install, configure and run the MotCua portal on a local Payara.
rem              Same steps, same asadmin command files (server-config\asadmin\*.asadmin), same variables and files.
rem
rem Usage:  server-config\motcua.cmd start ^| harden ^| stop ^| status ^| prepare-it ^| help
rem
rem   start       Build the project (mvn clean package, tests skipped), install Payara if missing, create and configure the
rem               domain on first use, start it, deploy core-ear\ear\target\motcua.ear as "motcua", wait until
rem               http://localhost:<port>/motcua/ answers. Safe to run again: finished steps are skipped.
rem               Every port of the domain listens on loopback only (127.0.0.1): a developer's machine.
rem   harden      The production profile: everything start does, then once per domain (asadmin\harden.asadmin):
rem               HTTP/HTTPS open to the network, admin/JMX/IIOP on loopback or off, no JMS broker, no H2 TCP
rem               server, admin console not loaded at start; a generated Payara admin password (kept owner-only in
rem               <domain>\config\payara-admin.passwordfile, never printed) and secure admin; with MOTCUA_TLS=1 (the
rem               default) plain HTTP is redirected to HTTPS and HTTPS answers carry HSTS. Restarts the domain.
rem   stop        Stop the domain (quiet if it is not running).
rem   status      Say whether the domain runs, and its URL. Exit code 0 = running, 3 = not running.
rem   prepare-it  For the Maven build, before integration tests: install Payara, DELETE and recreate the test domain
rem               (default "motcua-it", portbase 28000: admin 28048, http 28080), configure it the same way, leave it
rem               STOPPED (the Arquillian managed adapter starts it). Last line of output: PAYARA_HOME=<path>.
rem   help        This text.
rem
rem Environment (all optional):
rem   MOTCUA_HOME        where Payara and the domains live           default: <repo>\.motcua (git-ignored)
rem   MOTCUA_DOMAIN      domain name                                  default: motcua (prepare-it: motcua-it)
rem   MOTCUA_PORTBASE    create the domain with asadmin --portbase N  (admin N+48, http N+80); default: 4848/8080
rem                      (prepare-it: 28000). Only used when a domain is created; later the ports come from domain.xml.
rem   MOTCUA_DB          h2 (default: embedded file DB in the domain) ^| mssql (SQL Server, see pool-mssql.asadmin)
rem   MOTCUA_SKIP_BUILD  1 = start does not run Maven, deploys the EAR as it is
rem   MOTCUA_EAR         the artifact to deploy                       default: core-ear\ear\target\motcua.ear
rem   Only with harden:
rem   MOTCUA_TLS         1 (default): Payara terminates TLS, redirect HTTP to HTTPS + HSTS ^| 0: a TLS proxy in front
rem                      does both (the portal then answers plain HTTP to the proxy only)
rem   MOTCUA_HTTPS_PORT  the HTTPS port clients use (redirect target)  default: the port of http-listener-2
rem   Only with MOTCUA_DB=mssql (read by the server at every start, see server-config\README.md):
rem   MOTCUA_DB_HOST (required), MOTCUA_DB_PORT (default 1433), MOTCUA_DB_USER (default motcua_app),
rem   MOTCUA_DB_PASSWORD (stored once into the password alias motcua-db-password; asked for when unset).
rem
rem Needs: JDK 17 and Maven 3.8+ on PATH, Windows PowerShell 5.1 (Windows 10/11, Server 2016+) for the few steps
rem that cmd can't do (random password, file ACL, hashes, reading domain.xml, HTTP polling).
rem ====================================================================================================================
rem NOTE for maintainers: this file is NOT run on our (Linux) build machines. Keep it step for step equal to
rem motcua.sh; each :label below carries the name of its bash function. Always "call" .bat/.cmd programs (asadmin,
rem mvn), or control never comes back. PowerShell code is passed in double quotes and uses only single quotes.
rem Keep the repository and MOTCUA_HOME in paths without parentheses, "!", "%" or "&" (cmd blocks echo them).
setlocal EnableExtensions DisableDelayedExpansion

set "SELF=%~f0"
set "SCRIPT_DIR=%~dp0"
set "SCRIPT_DIR=%SCRIPT_DIR:~0,-1%"
for %%i in ("%SCRIPT_DIR%\..") do set "REPO=%%~fi"
set "ASADMIN_FILES=%SCRIPT_DIR%\asadmin"
if not defined MOTCUA_HOME set "MOTCUA_HOME=%REPO%\.motcua"
if not defined MOTCUA_DB set "MOTCUA_DB=h2"
if not defined MOTCUA_EAR set "MOTCUA_EAR=%REPO%\core-ear\ear\target\motcua.ear"
set "APP_NAME=motcua"
set "POLL_SECONDS=240"
set "PS=powershell -NoProfile -NonInteractive -ExecutionPolicy Bypass -Command"
set "TMPOUT=%TEMP%\motcua-%RANDOM%%RANDOM%.out"

set "SUBCOMMAND=%~1"
if "%SUBCOMMAND%"=="" set "SUBCOMMAND=help"
if /i "%SUBCOMMAND%"=="start"      goto :dispatch
if /i "%SUBCOMMAND%"=="harden"     goto :dispatch
if /i "%SUBCOMMAND%"=="stop"       goto :dispatch
if /i "%SUBCOMMAND%"=="status"     goto :dispatch
if /i "%SUBCOMMAND%"=="prepare-it" goto :dispatch
if /i "%SUBCOMMAND%"=="help" (call :usage & exit /b 0)
call :usage 1>&2
exit /b 2

:dispatch
call :cmd_%SUBCOMMAND%
set "RC=%errorlevel%"
if exist "%TMPOUT%" del "%TMPOUT%"
exit /b %RC%

rem --------------------------------------------------------------------------------------------------------------------
rem Small helpers
rem --------------------------------------------------------------------------------------------------------------------
:usage
%PS% "$l=Get-Content -LiteralPath $env:SELF; $i=2; while ($l[$i] -notmatch '^rem =====') { $l[$i] -replace '^rem ?','' -replace '\^',''; $i++ }"
exit /b 0

rem :pom_property NAME -> POM_VALUE   (bash: pom_property; the root pom.xml is the single source of versions)
:pom_property
set "POM_VALUE="
set "POM_NAME=%~1"
for /f "usebackq delims=" %%v in (`%PS% "$n=[regex]::Escape($env:POM_NAME); [regex]::Match([IO.File]::ReadAllText($env:REPO+'\pom.xml'),'<'+$n+'>\s*([^<\s]+)\s*</'+$n+'>').Groups[1].Value"`) do set "POM_VALUE=%%v"
if not defined POM_VALUE (echo ERROR: property %~1 not found in %REPO%\pom.xml 1>&2 & exit /b 1)
exit /b 0

rem :mvn_root ARGS... (bash: mvn_root) Maven from the repository root: .mvn\maven.config uses a relative path.
:mvn_root
pushd "%REPO%"
call mvn -N -B -q -Dstyle.color=never %*
set "MVN_RC=%errorlevel%"
popd
exit /b %MVN_RC%

rem :port_busy PORT -> errorlevel 0 if something listens on localhost:PORT
:port_busy
set "PORT=%~1"
%PS% "$c=New-Object Net.Sockets.TcpClient; try { $c.Connect('127.0.0.1',[int]$env:PORT); exit 0 } catch { exit 1 } finally { $c.Close() }"
exit /b %errorlevel%

:check_settings
echo(%MOTCUA_DOMAIN%| findstr /r /x "[A-Za-z0-9][A-Za-z0-9._-]*" >nul || (echo ERROR: MOTCUA_DOMAIN '%MOTCUA_DOMAIN%' is not a valid domain name 1>&2 & exit /b 1)
if not defined MOTCUA_PORTBASE goto :portbase_ok
echo(%MOTCUA_PORTBASE%| findstr /r /x "[0-9][0-9]*" >nul || (echo ERROR: MOTCUA_PORTBASE must be a number 1>&2 & exit /b 1)
:portbase_ok
if /i not "%MOTCUA_DB%"=="h2" if /i not "%MOTCUA_DB%"=="mssql" (echo ERROR: MOTCUA_DB must be h2 or mssql, not '%MOTCUA_DB%' 1>&2 & exit /b 1)
if not exist "%MOTCUA_HOME%" mkdir "%MOTCUA_HOME%"
for %%i in ("%MOTCUA_HOME%") do set "MOTCUA_HOME=%%~fi"
call :pom_property payara.version || exit /b 1
set "PAYARA_VERSION=%POM_VALUE%"
set "PAYARA_HOME=%MOTCUA_HOME%\payara-%PAYARA_VERSION%\payara6"
set "ASADMIN=%PAYARA_HOME%\bin\asadmin.bat"
set "DOMAIN_DIR=%PAYARA_HOME%\glassfish\domains\%MOTCUA_DOMAIN%"
rem Files the scripts keep inside the domain (same names as motcua.sh)
set "PASSWORD_FILE=%DOMAIN_DIR%\config\admin-initial-password"
set "CONFIGURED_MARK=%DOMAIN_DIR%\config\motcua-configured"
set "DEPLOYED_MARK=%DOMAIN_DIR%\config\motcua-deployed.sha256"
set "IT_MARK=%MOTCUA_HOME%\it-domain.%MOTCUA_DOMAIN%"
set "HARDENED_MARK=%DOMAIN_DIR%\config\motcua-hardened"
set "ADMIN_PASSWORD_FILE=%DOMAIN_DIR%\config\payara-admin.passwordfile"
call :asadmin_auth
exit /b 0

rem :asadmin_auth (bash: the asadmin wrapper) after harden, every asadmin call authenticates with the owner-only
rem password file: ASADMIN_AUTH goes right after "%ASADMIN%" in every call.
:asadmin_auth
set "ASADMIN_AUTH="
if exist "%ADMIN_PASSWORD_FILE%" set ASADMIN_AUTH=--user admin --passwordfile "%ADMIN_PASSWORD_FILE%"
exit /b 0

rem --------------------------------------------------------------------------------------------------------------------
rem Steps
rem --------------------------------------------------------------------------------------------------------------------
:build
if "%MOTCUA_SKIP_BUILD%"=="1" (echo ==^> Build skipped ^(MOTCUA_SKIP_BUILD=1^) & exit /b 0)
echo ==^> Building (mvn clean package, tests skipped) ...
pushd "%REPO%"
call mvn -B -q -Dstyle.color=never -DskipTests -DskipITs clean package
set "MVN_RC=%errorlevel%"
popd
exit /b %MVN_RC%

rem :install_payara (bash: install_payara) unpack the Payara zip with Maven into a private directory, then rename it.
:install_payara
if exist "%ASADMIN%" exit /b 0
set "TARGET=%MOTCUA_HOME%\payara-%PAYARA_VERSION%"
set "UNPACK=%TARGET%.unpacking.%RANDOM%%RANDOM%"
echo ==^> Installing Payara %PAYARA_VERSION% into %TARGET% ...
call :mvn_root dependency:unpack -Dmdep.overWriteReleases=true "-Dartifact=fish.payara.distributions:payara:%PAYARA_VERSION%:zip" "-DoutputDirectory=%UNPACK%"
set "UNPACK_RC=%errorlevel%"
rem the plugin's marker always lands in <repo>\target\dependency-maven-plugin-markers: remove it
del /q "%REPO%\target\dependency-maven-plugin-markers\fish.payara.distributions-payara-zip-*.marker" 2>nul
rmdir "%REPO%\target\dependency-maven-plugin-markers" 2>nul
rmdir "%REPO%\target" 2>nul
if not "%UNPACK_RC%"=="0" (echo ERROR: unpacking Payara failed 1>&2 & exit /b 1)
if not exist "%UNPACK%\payara6\bin\asadmin.bat" (echo ERROR: unpacking Payara into %UNPACK% failed 1>&2 & exit /b 1)
if exist "%TARGET%\" (
  rem someone else finished first
  rmdir /s /q "%UNPACK%"
  if exist "%ASADMIN%" exit /b 0
  echo ERROR: %TARGET% exists but holds no Payara: delete it and retry 1>&2
  exit /b 1
)
move "%UNPACK%" "%TARGET%" >nul || (echo ERROR: could not move %UNPACK% to %TARGET% 1>&2 & exit /b 1)
exit /b 0

:domain_exists
if exist "%DOMAIN_DIR%\config\domain.xml" exit /b 0
exit /b 1

rem :read_ports (bash: listener_port/read_ports) ports of admin-listener and http-listener-1 from domain.xml
:read_ports
set "ADMIN_PORT="
set "HTTP_PORT="
for /f "usebackq tokens=1,2" %%a in (`%PS% "$x=[IO.File]::ReadAllText($env:DOMAIN_DIR+'\config\domain.xml'); $p=foreach ($n in 'admin-listener','http-listener-1') { [regex]::Match([regex]::Match($x,'<network-listener [^>]*name=\x22'+$n+'\x22[^>]*>').Value,'port=\x22(\d+)\x22').Groups[1].Value }; $p -join ' '"`) do (
  set "ADMIN_PORT=%%a"
  set "HTTP_PORT=%%b"
)
if not defined HTTP_PORT (echo ERROR: no listener ports in %DOMAIN_DIR%\config\domain.xml 1>&2 & exit /b 1)
set "PORTAL_URL=http://localhost:%HTTP_PORT%/%APP_NAME%/"
exit /b 0

rem :domain_running (bash: domain_running) a DAS answers on the admin port and reports this domain's directory.
rem Not "asadmin list-domains": it fails as a whole while another domain of the same Payara is half created.
:domain_running
call :read_ports || exit /b 1
set "LOC="
call "%ASADMIN%" %ASADMIN_AUTH% --port %ADMIN_PORT% --terse=true __locations >"%TMPOUT%" 2>nul || exit /b 1
set /p LOC=<"%TMPOUT%"
if not defined LOC exit /b 1
for %%i in ("%LOC%") do set "LOC=%%~fi"
if /i "%LOC%"=="%DOMAIN_DIR%" exit /b 0
exit /b 1

:check_ports_free
for %%p in (%ADMIN_PORT% %HTTP_PORT%) do (
  call :port_busy %%p && (echo ERROR: port %%p ^(domain %MOTCUA_DOMAIN%^) is used by another process 1>&2 & exit /b 1)
)
exit /b 0

rem :create_domain [PORTBASE]  (empty: Payara's defaults 4848 / 8080)
:create_domain
set "PB=%~1"
set "PB_ARGS="
if defined PB (
  set /a PB_ADMIN=%PB%+48, PB_HTTP=%PB%+80
  set "PB_ARGS=--portbase %PB%"
)
if defined PB (
  call :port_busy %PB_ADMIN% && (echo ERROR: port %PB_ADMIN% ^(portbase %PB% + 48^) is in use: choose another MOTCUA_PORTBASE 1>&2 & exit /b 1)
  call :port_busy %PB_HTTP% && (echo ERROR: port %PB_HTTP% ^(portbase %PB% + 80^) is in use: choose another MOTCUA_PORTBASE 1>&2 & exit /b 1)
)
echo ==^> Creating domain %MOTCUA_DOMAIN% %PB_ARGS% ...
call "%ASADMIN%" %ASADMIN_AUTH% create-domain --nopassword=true %PB_ARGS% %MOTCUA_DOMAIN% || (echo ERROR: create-domain failed 1>&2 & exit /b 1)
if not exist "%DOMAIN_DIR%\data\uploads" mkdir "%DOMAIN_DIR%\data\uploads"
if not exist "%DOMAIN_DIR%\tmp" mkdir "%DOMAIN_DIR%\tmp"
exit /b 0

rem :write_admin_password (bash: write_admin_password) sets FIRST_PASSWORD=1 when it creates the file.
rem Random, 24 letters/digits from the system CSPRNG (no modulo bias). The file is created empty and restricted to
rem the current user first (inheritance removed: the umask 077 / chmod 600 of motcua.sh), then gets the password.
:write_admin_password
set "FIRST_PASSWORD=0"
if exist "%PASSWORD_FILE%" exit /b 0
type nul >"%PASSWORD_FILE%"
icacls "%PASSWORD_FILE%" /inheritance:r /grant:r "%USERDOMAIN%\%USERNAME%:F" >nul || (echo ERROR: could not restrict %PASSWORD_FILE% 1>&2 & exit /b 1)
set "W1=$c='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'; $rng=[Security.Cryptography.RandomNumberGenerator]::Create(); $b=New-Object byte[] 1; $pw='';"
set "W2=while ($pw.Length -lt 24) { $rng.GetBytes($b); $v=$b[0] -band 63; if ($v -lt 62) { $pw+=$c[$v] } }; [IO.File]::WriteAllText($env:PASSWORD_FILE,$pw)"
%PS% "%W1% %W2%" || (echo ERROR: could not write %PASSWORD_FILE% 1>&2 & exit /b 1)
set "FIRST_PASSWORD=1"
exit /b 0

:show_admin_password_box
set "PW="
set /p PW=<"%PASSWORD_FILE%"
echo.
echo ******************************************************************************
echo *  MotCua portal: first login
echo *
echo *    user:      admin
echo *    password:  %PW%
echo *
echo *  Shown only this once. Kept (readable by you only) in:
echo *    %PASSWORD_FILE%
echo *  The first login asks you to change it.
echo ******************************************************************************
echo.
set "PW="
exit /b 0

rem :install_driver (bash: install_driver) JDBC driver jars go into <domain>\lib, before the server starts.
rem H2 needs none: Payara ships it (h2db\bin\h2.jar). SQL Server: mssql-jdbc, version from the root pom.
:install_driver
if /i not "%MOTCUA_DB%"=="mssql" exit /b 0
call :pom_property mssql-jdbc.version || exit /b 1
if exist "%DOMAIN_DIR%\lib\mssql-jdbc-%POM_VALUE%.jar" exit /b 0
echo ==^> Copying mssql-jdbc %POM_VALUE% into %DOMAIN_DIR%\lib ...
del /q "%DOMAIN_DIR%\lib\mssql-jdbc-*.jar" 2>nul
call :mvn_root dependency:copy "-Dartifact=com.microsoft.sqlserver:mssql-jdbc:%POM_VALUE%" "-DoutputDirectory=%DOMAIN_DIR%\lib"
exit /b %errorlevel%

rem :export_mssql_env (bash: export_mssql_env) the pool reads ${ENV=MOTCUA_DB_*} from the SERVER's environment:
rem variables set here are inherited by the server that asadmin start-domain launches.
:export_mssql_env
if /i not "%MOTCUA_DB%"=="mssql" exit /b 0
if not defined MOTCUA_DB_HOST (echo ERROR: MOTCUA_DB=mssql needs MOTCUA_DB_HOST ^(the SQL Server host name^) 1>&2 & exit /b 1)
if not defined MOTCUA_DB_PORT set "MOTCUA_DB_PORT=1433"
if not defined MOTCUA_DB_USER set "MOTCUA_DB_USER=motcua_app"
exit /b 0

rem :create_db_password_alias (bash: create_db_password_alias) alias motcua-db-password for pool-mssql.asadmin.
rem The password never passes through cmd parsing: PowerShell writes the asadmin password file from the variable
rem (Java properties format: backslashes doubled) into the user's private %TEMP%.
:create_db_password_alias
if not defined MOTCUA_DB_PASSWORD (
  echo ==^> Enter the SQL Server password of %MOTCUA_DB_USER% ^(stored as password alias motcua-db-password^):
  call "%ASADMIN%" %ASADMIN_AUTH% --port %ADMIN_PORT% create-password-alias motcua-db-password || (echo ERROR: create-password-alias failed 1>&2 & exit /b 1)
  exit /b 0
)
set "PWTMP=%TEMP%\motcua-alias-%RANDOM%%RANDOM%.txt"
%PS% "[IO.File]::WriteAllText($env:PWTMP, 'AS_ADMIN_ALIASPASSWORD=' + $env:MOTCUA_DB_PASSWORD.Replace('\','\\') + [Environment]::NewLine)"
call "%ASADMIN%" %ASADMIN_AUTH% --port %ADMIN_PORT% --passwordfile "%PWTMP%" create-password-alias motcua-db-password
set "ALIAS_RC=%errorlevel%"
del /q "%PWTMP%"
if not "%ALIAS_RC%"=="0" (echo ERROR: create-password-alias failed 1>&2 & exit /b 1)
exit /b 0

:start_domain
call :check_ports_free || exit /b 1
echo ==^> Starting domain %MOTCUA_DOMAIN% ...
call "%ASADMIN%" %ASADMIN_AUTH% start-domain %MOTCUA_DOMAIN% || (call :tail_log & echo ERROR: start-domain failed 1>&2 & exit /b 1)
exit /b 0

:stop_domain
echo ==^> Stopping domain %MOTCUA_DOMAIN% ...
call "%ASADMIN%" %ASADMIN_AUTH% stop-domain %MOTCUA_DOMAIN%
exit /b %errorlevel%

rem :apply_asadmin_file FILE (bash: apply_asadmin_file) multimode runs on after a failing line and may still exit 0:
rem look for "Command ... failed" in its output. FILE: a file of server-config\asadmin, or a full path.
:apply_asadmin_file
set "AA_FILE=%ASADMIN_FILES%\%~1"
if exist "%~f1" if not "%~dp1"=="%CD%\" set "AA_FILE=%~f1"
echo ==^> Applying %~nx1 ...
call "%ASADMIN%" %ASADMIN_AUTH% --port %ADMIN_PORT% multimode --file "%AA_FILE%" <nul >"%TMPOUT%" 2>&1
type "%TMPOUT%"
findstr /r /c:"Command .* failed" "%TMPOUT%" >nul && (
  echo ERROR: a command of %~1 failed ^(see above^). The domain is half configured: stop it 1>&2
  echo        ^("%ASADMIN%" stop-domain %MOTCUA_DOMAIN%^), delete %DOMAIN_DIR% and retry. 1>&2
  exit /b 1
)
exit /b 0

rem :install_error_pages (bash: install_error_pages) the static pages the container answers with for its own errors
rem (domain.asadmin's send-error_N properties).
:install_error_pages
if not exist "%DOMAIN_DIR%\config\errors" mkdir "%DOMAIN_DIR%\config\errors"
copy /y "%SCRIPT_DIR%\errors\*.html" "%DOMAIN_DIR%\config\errors\" >nul || (echo ERROR: could not copy the error pages 1>&2 & exit /b 1)
exit /b 0

rem :config_fingerprint -> FINGERPRINT  (sha256 of domain.asadmin + pool-<db>.asadmin, first 16 hex digits)
:config_fingerprint
set "FINGERPRINT="
set "F1=%ASADMIN_FILES%\domain.asadmin"
set "F2=%ASADMIN_FILES%\pool-%MOTCUA_DB%.asadmin"
for /f "usebackq delims=" %%h in (`%PS% "$s=New-Object IO.MemoryStream; foreach ($f in $env:F1,$env:F2) { $b=[IO.File]::ReadAllBytes($f); $s.Write($b,0,$b.Length) }; $s.Position=0; (Get-FileHash -InputStream $s -Algorithm SHA256).Hash.ToLower().Substring(0,16)"`) do set "FINGERPRINT=%%h"
exit /b 0

rem :write_jvm_options (bash: write_jvm_options) before the first start of a new domain: what the asadmin files set
rem that Payara reads at boot (JVM options, listener addresses, /metrics /health /openapi) into its domain.xml
rem (DomainXml.java, the JDK's source launcher), the other lines into config\motcua-configure.asadmin for
rem configure_domain: the domain starts once, configured.
:write_jvm_options
echo ==^> Writing the boot settings of domain.asadmin and pool-%MOTCUA_DB%.asadmin into domain.xml ...
java "%SCRIPT_DIR%\DomainXml.java" "%DOMAIN_DIR%\config\domain.xml" "%DOMAIN_DIR%\config\motcua-configure.asadmin" "%ASADMIN_FILES%\domain.asadmin" "%ASADMIN_FILES%\pool-%MOTCUA_DB%.asadmin" || (echo ERROR: could not write the boot settings into %DOMAIN_DIR%\config\domain.xml 1>&2 & exit /b 1)
exit /b 0

rem :restart_if_required (bash: restart_if_required) after configure_domain jvm-written: a line left to asadmin that
rem Payara applies only at the next start (it says so) makes the domain restart now.
:restart_if_required
call "%ASADMIN%" %ASADMIN_AUTH% --port %ADMIN_PORT% --terse=true _get-restart-required >"%TMPOUT%" 2>nul
findstr /x /c:"true" "%TMPOUT%" >nul || exit /b 0
echo ==^> A setting applied to the running domain needs a restart: restarting
call :stop_domain
call :start_domain || exit /b 1
exit /b 0

rem :configure_domain [jvm-written] (bash: configure_domain) jvm-written: the JVM options are in domain.xml already
rem (write_jvm_options before the start), apply the other lines only.
:configure_domain
if /i "%MOTCUA_DB%"=="mssql" (call :create_db_password_alias || exit /b 1)
call :install_error_pages || exit /b 1
if /i "%~1"=="jvm-written" (
  call :apply_asadmin_file "%DOMAIN_DIR%\config\motcua-configure.asadmin" || exit /b 1
) else (
  call :apply_asadmin_file domain.asadmin || exit /b 1
  call :apply_asadmin_file pool-%MOTCUA_DB%.asadmin || exit /b 1
)
echo ==^> Checking the connection pool ...
call "%ASADMIN%" %ASADMIN_AUTH% --port %ADMIN_PORT% ping-connection-pool motcua-pool
if errorlevel 1 (
  if /i "%MOTCUA_DB%"=="h2" (echo ERROR: ping-connection-pool motcua-pool failed 1>&2 & exit /b 1)
  echo WARNING: SQL Server not reachable yet: check MOTCUA_DB_HOST/PORT/USER, the alias, and that sql\mssql\bootstrap.sql ran 1>&2
)
call :config_fingerprint
>"%CONFIGURED_MARK%" echo db=%MOTCUA_DB%
>>"%CONFIGURED_MARK%" echo files=%FINGERPRINT%
>>"%CONFIGURED_MARK%" echo configured=%DATE% %TIME%
exit /b 0

rem :check_configured_mark (bash: check_configured_mark) one database per domain; warn if the asadmin files changed.
:check_configured_mark
set "MARK_db="
set "MARK_files="
for /f "usebackq tokens=1,* delims==" %%a in ("%CONFIGURED_MARK%") do set "MARK_%%a=%%b"
if /i not "%MARK_db%"=="%MOTCUA_DB%" (
  echo ERROR: domain %MOTCUA_DOMAIN% was configured for MOTCUA_DB=%MARK_db%, not %MOTCUA_DB%. 1>&2
  echo        Use MOTCUA_DB=%MARK_db%, or another MOTCUA_DOMAIN, or stop and delete %DOMAIN_DIR% ^(its H2 data goes with it^). 1>&2
  exit /b 1
)
call :config_fingerprint
if not "%MARK_files%"=="%FINGERPRINT%" (
  echo WARNING: server-config\asadmin\*.asadmin changed since domain %MOTCUA_DOMAIN% was configured. Apply the 1>&2
  echo          changed lines with "%ASADMIN%" --port %ADMIN_PORT% ^<command^>, or stop and delete %DOMAIN_DIR%. 1>&2
)
exit /b 0

:deploy
if not exist "%MOTCUA_EAR%" (echo ERROR: %MOTCUA_EAR% not found ^(build first, or set MOTCUA_EAR^) 1>&2 & exit /b 1)
set "EAR_SUM="
for /f "usebackq delims=" %%h in (`%PS% "(Get-FileHash -Algorithm SHA256 -LiteralPath $env:MOTCUA_EAR).Hash.ToLower()"`) do set "EAR_SUM=%%h"
set "OLD_SUM="
if exist "%DEPLOYED_MARK%" set /p OLD_SUM=<"%DEPLOYED_MARK%"
call "%ASADMIN%" %ASADMIN_AUTH% --port %ADMIN_PORT% list-applications >"%TMPOUT%" 2>nul
if defined OLD_SUM if /i "%OLD_SUM%"=="%EAR_SUM%" (
  findstr /b /c:"%APP_NAME% " "%TMPOUT%" >nul && (
    echo ==^> %APP_NAME% is deployed and %MOTCUA_EAR% is unchanged: not redeploying
    exit /b 0
  )
)
echo ==^> Deploying %MOTCUA_EAR% as %APP_NAME% ...
if exist "%DEPLOYED_MARK%" del "%DEPLOYED_MARK%"
call "%ASADMIN%" %ASADMIN_AUTH% --port %ADMIN_PORT% deploy --force=true --name %APP_NAME% "%MOTCUA_EAR%" || (call :tail_log & echo ERROR: deployment failed 1>&2 & exit /b 1)
>"%DEPLOYED_MARK%" echo %EAR_SUM%
exit /b 0

:tail_log
if not exist "%DOMAIN_DIR%\logs\server.log" exit /b 0
echo. 1>&2
echo ---- last lines of %DOMAIN_DIR%\logs\server.log ---- 1>&2
%PS% "Get-Content -LiteralPath ($env:DOMAIN_DIR+'\logs\server.log') -Tail 60" 1>&2
echo ---- end of server log ---- 1>&2
exit /b 0

rem :http_poll SECONDS -> HTTP_STATUS; errorlevel 0 once PORTAL_URL answers 200/301/302/303 (no redirect followed;
rem 301: a hardened domain sends HTTP to HTTPS)
rem (bash: http_code + wait_for_portal). SECONDS=0: a single try.
:http_poll
set "WAIT=%~1"
set "HTTP_STATUS="
set "Q1=$deadline=(Get-Date).AddSeconds([int]$env:WAIT); while ($true) { $code=0; $r=[Net.HttpWebRequest]::Create($env:PORTAL_URL); $r.AllowAutoRedirect=$false; $r.Timeout=10000;"
set "Q2=try { $resp=$r.GetResponse(); $code=[int]$resp.StatusCode; $resp.Close() } catch { $e=$_.Exception; while ($e -and -not ($e -is [Net.WebException])) { $e=$e.InnerException }; if ($e -and $e.Response) { $code=[int]$e.Response.StatusCode; $e.Response.Close() } }"
set "Q3=if ((200,301,302,303 -contains $code) -or ((Get-Date) -ge $deadline)) { Write-Output $code; break }; Start-Sleep -Seconds 2 }"
for /f "usebackq delims=" %%c in (`%PS% "%Q1% %Q2% %Q3%"`) do set "HTTP_STATUS=%%c"
if "%HTTP_STATUS%"=="200" exit /b 0
if "%HTTP_STATUS%"=="301" exit /b 0
if "%HTTP_STATUS%"=="302" exit /b 0
if "%HTTP_STATUS%"=="303" exit /b 0
exit /b 1

:wait_for_portal
echo ==^> Waiting for %PORTAL_URL% (up to %POLL_SECONDS% s) ...
call :http_poll %POLL_SECONDS% && exit /b 0
call :tail_log
echo ERROR: %PORTAL_URL% did not answer within %POLL_SECONDS% s (last HTTP status: %HTTP_STATUS%) 1>&2
exit /b 1

rem --------------------------------------------------------------------------------------------------------------------
rem Subcommands
rem --------------------------------------------------------------------------------------------------------------------
:cmd_start
if not defined MOTCUA_DOMAIN set "MOTCUA_DOMAIN=motcua"
call :check_settings || exit /b 1
call :bring_up || exit /b 1
call :print_summary
exit /b 0

rem :bring_up (bash: bring_up) start without the summary: build, install, create + configure, start, deploy, wait.
:bring_up
call :build || (echo ERROR: build failed 1>&2 & exit /b 1)
if not exist "%MOTCUA_EAR%" (echo ERROR: %MOTCUA_EAR% not found ^(build first, or set MOTCUA_EAR^) 1>&2 & exit /b 1)
call :install_payara || exit /b 1
call :export_mssql_env || exit /b 1
call :domain_exists || (call :create_domain %MOTCUA_PORTBASE% || exit /b 1)
call :write_admin_password || exit /b 1
call :read_ports || exit /b 1
if exist "%CONFIGURED_MARK%" (call :check_configured_mark || exit /b 1)
call :install_driver || exit /b 1
if exist "%CONFIGURED_MARK%" goto :start_configured
call :domain_running
if not errorlevel 1 goto :start_half_configured
rem First start: the JVM options into domain.xml, one start, the rest applied to the running domain.
call :write_jvm_options || exit /b 1
call :start_domain || exit /b 1
call :configure_domain jvm-written || exit /b 1
call :restart_if_required || exit /b 1
goto :start_deploy
:start_half_configured
rem Half configured and left running (an interrupted first start): configure it, restart for the JVM options.
call :configure_domain || exit /b 1
call :stop_domain
call :start_domain || exit /b 1
goto :start_deploy
:start_configured
call :domain_running
if errorlevel 1 (call :start_domain || exit /b 1) else (echo ==^> Domain %MOTCUA_DOMAIN% is already running)
:start_deploy
call :deploy || exit /b 1
call :wait_for_portal || exit /b 1
exit /b 0

:print_summary
if "%FIRST_PASSWORD%"=="1" call :show_admin_password_box
echo.
echo   MotCua portal is up:  %PORTAL_URL%
echo   Log in as:         admin
echo   Initial password:  in %PASSWORD_FILE%
echo                      (the first login asks you to change it)
if exist "%HARDENED_MARK%" (
  echo   Payara admin:      https://localhost:%ADMIN_PORT%/  ^(this machine only; user admin, password in
  echo                      %ADMIN_PASSWORD_FILE%^)
) else (
  echo   Payara admin:      http://localhost:%ADMIN_PORT%/  ^(this machine only, no password^)
)
echo   Server log:        %DOMAIN_DIR%\logs\server.log
echo   Stop with:         "%SELF%" stop   (with the same MOTCUA_HOME / MOTCUA_DOMAIN, if you set them)
echo.
exit /b 0

rem :secure_admin (bash: secure_admin) a generated password for the Payara admin (24 letters/digits from the system
rem CSPRNG, written by PowerShell, never echoed), kept owner-only as an asadmin password file; then secure admin.
:secure_admin
set "PWTMP=%TEMP%\motcua-admin-%RANDOM%%RANDOM%.txt"
set "PWNEW=%ADMIN_PASSWORD_FILE%.new"
type nul >"%PWTMP%"
type nul >"%PWNEW%"
icacls "%PWTMP%" /inheritance:r /grant:r "%USERDOMAIN%\%USERNAME%:F" >nul || (echo ERROR: could not restrict %PWTMP% 1>&2 & exit /b 1)
icacls "%PWNEW%" /inheritance:r /grant:r "%USERDOMAIN%\%USERNAME%:F" >nul || (echo ERROR: could not restrict %PWNEW% 1>&2 & exit /b 1)
set "A1=$c='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'; $rng=[Security.Cryptography.RandomNumberGenerator]::Create(); $b=New-Object byte[] 1; $pw='';"
set "A2=while ($pw.Length -lt 24) { $rng.GetBytes($b); $v=$b[0] -band 63; if ($v -lt 62) { $pw+=$c[$v] } }; $n=[Environment]::NewLine;"
set "A3=[IO.File]::WriteAllText($env:PWTMP,'AS_ADMIN_PASSWORD='+$n+'AS_ADMIN_NEWPASSWORD='+$pw+$n); [IO.File]::WriteAllText($env:PWNEW,'AS_ADMIN_PASSWORD='+$pw+$n)"
%PS% "%A1% %A2% %A3%" || (del /q "%PWTMP%" "%PWNEW%" & echo ERROR: could not write the admin password files 1>&2 & exit /b 1)
echo ==^> Setting a generated password for the Payara admin ...
call "%ASADMIN%" --port %ADMIN_PORT% --user admin --passwordfile "%PWTMP%" change-admin-password
set "PW_RC=%errorlevel%"
del /q "%PWTMP%"
if not "%PW_RC%"=="0" (del /q "%PWNEW%" & echo ERROR: change-admin-password failed 1>&2 & exit /b 1)
move /y "%PWNEW%" "%ADMIN_PASSWORD_FILE%" >nul || (echo ERROR: could not write %ADMIN_PASSWORD_FILE% 1>&2 & exit /b 1)
call :asadmin_auth
echo ==^> Enabling secure admin ...
call "%ASADMIN%" %ASADMIN_AUTH% --port %ADMIN_PORT% enable-secure-admin || (echo ERROR: enable-secure-admin failed 1>&2 & exit /b 1)
exit /b 0

rem :cmd_harden (bash: cmd_harden)
:cmd_harden
if not defined MOTCUA_DOMAIN set "MOTCUA_DOMAIN=motcua"
if not defined MOTCUA_TLS set "MOTCUA_TLS=1"
if not "%MOTCUA_TLS%"=="0" if not "%MOTCUA_TLS%"=="1" (echo ERROR: MOTCUA_TLS must be 1 ^(Payara terminates TLS^) or 0 ^(a TLS proxy in front^) 1>&2 & exit /b 1)
if not defined MOTCUA_HTTPS_PORT goto :harden_port_ok
echo(%MOTCUA_HTTPS_PORT%| findstr /r /x "[0-9][0-9]*" >nul || (echo ERROR: MOTCUA_HTTPS_PORT must be a number 1>&2 & exit /b 1)
:harden_port_ok
call :check_settings || exit /b 1
call :bring_up || exit /b 1
if exist "%HARDENED_MARK%" (echo ==^> Domain %MOTCUA_DOMAIN% has the production profile already ^(%HARDENED_MARK%^) & goto :harden_done)
call :apply_asadmin_file harden.asadmin || exit /b 1
if /i "%MOTCUA_DB%"=="h2" (call :apply_asadmin_file harden-h2.asadmin || exit /b 1)
if not "%MOTCUA_TLS%"=="1" goto :harden_secure
set "HTTPS_PORT=%MOTCUA_HTTPS_PORT%"
if not defined HTTPS_PORT for /f "usebackq delims=" %%p in (`%PS% "$x=[IO.File]::ReadAllText($env:DOMAIN_DIR+'\config\domain.xml'); [regex]::Match([regex]::Match($x,'<network-listener [^>]*name=\x22http-listener-2\x22[^>]*>').Value,'port=\x22(\d+)\x22').Groups[1].Value"`) do set "HTTPS_PORT=%%p"
if not defined HTTPS_PORT (echo ERROR: no port for http-listener-2 in %DOMAIN_DIR%\config\domain.xml 1>&2 & exit /b 1)
echo ==^> HTTP is redirected to HTTPS (port %HTTPS_PORT%), HTTPS answers carry HSTS ...
call "%ASADMIN%" %ASADMIN_AUTH% --port %ADMIN_PORT% create-jvm-options "-Dmotcua.security.https-only=true" || exit /b 1
call "%ASADMIN%" %ASADMIN_AUTH% --port %ADMIN_PORT% create-jvm-options "-Dmotcua.security.https-port=%HTTPS_PORT%" || exit /b 1
:harden_secure
call :secure_admin || exit /b 1
>"%HARDENED_MARK%" echo tls=%MOTCUA_TLS%
>>"%HARDENED_MARK%" echo hardened=%DATE% %TIME%
call :stop_domain
call :start_domain || exit /b 1
call :wait_for_portal || exit /b 1
:harden_done
call :print_summary
exit /b 0

:cmd_stop
if not defined MOTCUA_DOMAIN set "MOTCUA_DOMAIN=motcua"
call :check_settings || exit /b 1
call :domain_exists || (echo ==^> Domain %MOTCUA_DOMAIN% is not running & exit /b 0)
call :domain_running || (echo ==^> Domain %MOTCUA_DOMAIN% is not running & exit /b 0)
call :stop_domain
exit /b %errorlevel%

:cmd_status
if not defined MOTCUA_DOMAIN set "MOTCUA_DOMAIN=motcua"
call :check_settings || exit /b 1
call :domain_exists || (echo Domain %MOTCUA_DOMAIN% does not exist yet ^("%SELF%" start creates it^). & exit /b 3)
call :read_ports || exit /b 1
call :domain_running || (echo Domain %MOTCUA_DOMAIN% is not running ^(the portal would be at %PORTAL_URL%^). & exit /b 3)
call :http_poll 0
echo Domain %MOTCUA_DOMAIN% is running: %PORTAL_URL% (HTTP %HTTP_STATUS%), admin port %ADMIN_PORT%
exit /b 0

:cmd_prepare-it
if not defined MOTCUA_DOMAIN set "MOTCUA_DOMAIN=motcua-it"
set "IT_PORTBASE=%MOTCUA_PORTBASE%"
if not defined IT_PORTBASE set "IT_PORTBASE=28000"
call :check_settings || exit /b 1
call :install_payara || exit /b 1
call :export_mssql_env || exit /b 1
if not exist "%DOMAIN_DIR%\" goto :it_create
rem Never delete a domain this command did not create (e.g. the portal's own "motcua" domain).
if not exist "%IT_MARK%" (echo ERROR: domain %MOTCUA_DOMAIN% exists and was not created by prepare-it: refusing to delete it 1>&2 & exit /b 1)
call :domain_exists && call :domain_running && (call :stop_domain || echo WARNING: stop-domain failed, trying to delete anyway 1>&2)
echo ==^> Deleting domain %MOTCUA_DOMAIN% ...
call :domain_exists && (call "%ASADMIN%" %ASADMIN_AUTH% delete-domain %MOTCUA_DOMAIN% || (echo ERROR: delete-domain failed ^(is it still running?^) 1>&2 & exit /b 1))
if exist "%DOMAIN_DIR%\" rmdir /s /q "%DOMAIN_DIR%"
:it_create
type nul >"%IT_MARK%"
call :create_domain %IT_PORTBASE% || exit /b 1
call :read_ports || exit /b 1
set /a IT_ADMIN=%IT_PORTBASE%+48, IT_HTTP=%IT_PORTBASE%+80
if not "%ADMIN_PORT%/%HTTP_PORT%"=="%IT_ADMIN%/%IT_HTTP%" (echo ERROR: domain got ports %ADMIN_PORT%/%HTTP_PORT% instead of %IT_ADMIN%/%IT_HTTP% 1>&2 & exit /b 1)
rem not shown: build logs are no place for passwords
call :write_admin_password || exit /b 1
echo ==^> Initial admin password of the test domain: %PASSWORD_FILE%
call :install_driver || exit /b 1
rem the domain starts once, with its JVM options (see bring_up)
call :write_jvm_options || exit /b 1
call :start_domain || exit /b 1
call :configure_domain jvm-written || exit /b 1
rem the Arquillian managed adapter starts it
call :stop_domain
echo PAYARA_HOME=%PAYARA_HOME%
exit /b 0
