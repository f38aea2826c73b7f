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
     * The parts of core-dossier (its README, "Where the parts are") depend on each other in one direction: shared
     * entity and control -> printing -> workflow -> intake -> worklist -> lookup; reorganisation uses only the shared ones.
     */
    @Test
    void dossierPartsDependInOneDirection() {
        String intake = "vn.motcua.dossier.intake..";
        String workflow = "vn.motcua.dossier.workflow..";
        String worklist = "vn.motcua.dossier.worklist..";
        String printing = "vn.motcua.dossier.printing..";
        String lookup = "vn.motcua.dossier.lookup..";
        String reorganisation = "vn.motcua.dossier.reorganisation..";
        noClasses()
                .that()
                .resideInAnyPackage("vn.motcua.dossier.entity..", "vn.motcua.dossier.control..", printing)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(intake, workflow, worklist, lookup, reorganisation)
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage(workflow)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(intake, worklist, lookup, reorganisation)
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage(intake)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(worklist, lookup, reorganisation)
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage(worklist)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(lookup, reorganisation)
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage(lookup)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(intake, workflow, reorganisation)
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage(reorganisation)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(intake, workflow, worklist, lookup)
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
                .haveFullyQualifiedName("vn.motcua.dossier.workflow.boundary.DossierWorkflow")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("vn.motcua.dossier.workflow.boundary.DossierPauses")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("vn.motcua.dossier.intake.boundary.DossierReception")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("vn.motcua.dossier.intake.boundary.OnlineSubmission")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("vn.motcua.dossier.workflow.control.Transitions")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("vn.motcua.dossier.control.DossierClock")
                .check(CLASSES);
    }
}
