package vn.motcua.tools.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The SQL Server side of the tab-separated set: the bcp commands in load order and the statements to run after. */
final class Bcp {

    private Bcp() {}

    /** Moves each sequence past the generated ids (the same statement on H2 and SQL Server). */
    static List<String> sequenceRestarts(Generator.IdBases ids, Staff staff, int dossiers) {
        long officer =
                staff.members().stream().mapToLong(Staff.Member::id).max().orElse(ids.officer);
        var list = new ArrayList<String>();
        list.add("ALTER SEQUENCE officer_seq RESTART WITH " + (officer + 1000));
        list.add("ALTER SEQUENCE applicant_seq RESTART WITH " + (ids.applicant + dossiers + 1000));
        list.add("ALTER SEQUENCE dossier_seq RESTART WITH " + (ids.dossier + dossiers + 1000));
        list.add("ALTER SEQUENCE dossier_part_seq RESTART WITH " + (ids.lastPart + 1000));
        return list;
    }

    static void write(Path dir, Generator.IdBases ids, Staff staff, int dossiers) throws IOException {
        var sh = new StringBuilder("#!/usr/bin/env bash\n"
                + "# Loads the generated rows into SQL Server with bcp (mssql-tools18), in foreign-key order.\n"
                + "# The target database must hold the same directory and catalog (agencies, counters, procedures,\n"
                + "# versions, roles) as the database the rows were generated from, ids included.\n"
                + "# Usage: MSSQL_SERVER=host,1433 MSSQL_DB=motcua MSSQL_USER=motcua_app MSSQL_PASSWORD=... ./load.sh\n"
                + "set -euo pipefail\ncd \"$(dirname \"$0\")\"\n"
                + ": \"${MSSQL_SERVER:?}\" \"${MSSQL_DB:=motcua}\" \"${MSSQL_USER:?}\" \"${MSSQL_PASSWORD:?}\"\n");
        var cmd = new StringBuilder("@echo off\r\nrem Loads the generated rows with bcp, in foreign-key order."
                + " Set MSSQL_SERVER, MSSQL_DB, MSSQL_USER, MSSQL_PASSWORD first.\r\n");
        sh.append("# dossier_code_counter: rows of the generated days; delete those rows first if the database\n"
                + "# already received dossiers on those days (the file holds the final numbers).\n");
        for (Table t : Tables.ALL) {
            sh.append("bcp dbo.")
                    .append(t.name())
                    .append(" in ")
                    .append(t.name())
                    .append(".tsv")
                    .append(" -S \"$MSSQL_SERVER\" -d \"$MSSQL_DB\" -U \"$MSSQL_USER\" -P \"$MSSQL_PASSWORD\"")
                    .append(" -c -C 65001 -t '\\t' -r '\\n' -b 50000 -h TABLOCK -e ")
                    .append(t.name())
                    .append(".errors\n");
            cmd.append("bcp dbo.")
                    .append(t.name())
                    .append(" in ")
                    .append(t.name())
                    .append(".tsv")
                    .append(" -S %MSSQL_SERVER% -d %MSSQL_DB% -U %MSSQL_USER% -P %MSSQL_PASSWORD%")
                    .append(" -c -C 65001 -t \\t -r \\n -b 50000 -h TABLOCK -e ")
                    .append(t.name())
                    .append(".errors || exit /b 1\r\n");
        }
        sh.append(
                "sqlcmd -S \"$MSSQL_SERVER\" -d \"$MSSQL_DB\" -U \"$MSSQL_USER\" -P \"$MSSQL_PASSWORD\" -i after-load.sql\n");
        cmd.append("sqlcmd -S %MSSQL_SERVER% -d %MSSQL_DB% -U %MSSQL_USER% -P %MSSQL_PASSWORD% -i after-load.sql\r\n");
        var after = new StringBuilder("-- After bcp: the sequences past the generated ids, fresh statistics.\n");
        for (String s : sequenceRestarts(ids, staff, dossiers)) after.append(s).append(";\n");
        for (Table t : Tables.ALL)
            after.append("UPDATE STATISTICS dbo.").append(t.name()).append(";\n");
        Files.writeString(dir.resolve("load.sh"), sh, StandardCharsets.UTF_8);
        dir.resolve("load.sh").toFile().setExecutable(true, true);
        Files.writeString(dir.resolve("load.cmd"), cmd, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("after-load.sql"), after, StandardCharsets.UTF_8);
    }
}
