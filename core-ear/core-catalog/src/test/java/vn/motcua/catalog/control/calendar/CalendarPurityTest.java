package vn.motcua.catalog.control.calendar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The calendar and deadline engine stay plain Java, so they run and are tested without a container or database. */
class CalendarPurityTest {

    @Test
    void theEngineUsesOnlyTheJdk() {
        classes()
                .that()
                .resideInAPackage("vn.motcua.catalog.control.calendar..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "vn.motcua.catalog.control.calendar..")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("vn.motcua.catalog.control.calendar"));
    }
}
