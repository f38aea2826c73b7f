package vn.motcua.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** docs/ARCHITECTURE.md, "Dependencies point inward", checked on the compiled classes of the whole build. */
class DependencyRulesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.motcua");

    @Test
    void pluginsSeeOnlyTheSpi() {
        noClasses()
                .that()
                .resideInAPackage("vn.motcua.plugins..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "vn.motcua.platform..",
                        "vn.motcua.directory..",
                        "vn.motcua.catalog..",
                        "vn.motcua.dossier..",
                        "vn.motcua.reporting..")
                .check(CLASSES);
    }

    @Test
    void theCoreNeverNamesAPlugin() {
        noClasses()
                .that()
                .resideOutsideOfPackage("vn.motcua.plugins..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("vn.motcua.plugins..")
                .check(CLASSES);
    }

    @Test
    void theSpiDependsOnNothingOfOurs() {
        noClasses()
                .that()
                .resideInAPackage("vn.motcua.spi..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("vn.motcua.platform..", "vn.motcua.directory..", "vn.motcua.plugins..")
                .check(CLASSES);
    }

    @Test
    void platformNeverNamesABusinessComponent() {
        noClasses()
                .that()
                .resideInAPackage("vn.motcua.platform..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("vn.motcua.directory..")
                .check(CLASSES);
    }

    /** Core components depend on each other only in one direction: directory -> catalog -> dossier -> reporting. */
    @Test
    void coreComponentsDependOnlyOnEarlierOnes() {
        noClasses()
                .that()
                .resideInAPackage("vn.motcua.directory..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("vn.motcua.catalog..", "vn.motcua.dossier..", "vn.motcua.reporting..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage("vn.motcua.catalog..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("vn.motcua.dossier..", "vn.motcua.reporting..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage("vn.motcua.dossier..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("vn.motcua.reporting..")
                .check(CLASSES);
    }

    /**
     * Reporting reads dossiers and their hand-overs and never changes them: it calls none of the lifecycle's
     * boundaries or controls that write a dossier.
     */
    @Test
    void reportingNeverWritesDossiers() {
        noClasses()
                .that()
                .resideInAPackage("vn.motcua.reporting..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("vn.motcua.dossier.boundary.DossierWorkflow")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("vn.motcua.dossier.boundary.DossierPauses")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("vn.motcua.dossier.boundary.DossierReception")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("vn.motcua.dossier.boundary.OnlineSubmission")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("vn.motcua.dossier.control.Transitions")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("vn.motcua.dossier.control.DossierClock")
                .check(CLASSES);
    }
}
