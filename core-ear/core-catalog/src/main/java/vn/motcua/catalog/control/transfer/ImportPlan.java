package vn.motcua.catalog.control.transfer;

import java.util.List;

/** What a workbook says: the procedures to import (in file order) and the lines already refused. */
public record ImportPlan(List<ParsedProcedure> procedures, List<Rejection> rejections) {}
