package vn.motcua.catalog.control.transfer;

import java.util.Optional;
import vn.motcua.catalog.entity.Sector;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.Role;

/** What the codes in a workbook refer to: active sectors, active agencies (national identifier code), roles. */
public interface CatalogCodes {

    Optional<Sector> sector(String code);

    Optional<Agency> agency(String code);

    Optional<Role> role(String code);
}
