package org.janadesh.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class CoreDependsOnlyOnJdkTest {
  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.janadesh.core");

  @Test
  void coreImportsOnlyTheJdkAndNullnessAnnotations() {
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("org.janadesh.core..", "java..", "org.jspecify.annotations..")
        .because("the domain core is pure: no framework, JDBC, JSON or CLI library (style §2)")
        .check(CORE);
  }

  @Test
  void theRuleSeesTheCoreClasses() {
    // Guards against the rule passing vacuously because the import found nothing.
    org.assertj.core.api.Assertions.assertThat(CORE.size()).isGreaterThan(20);
  }
}
