package org.lynxim.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The hexagon's rules, checked on every module's production classes. */
@AnalyzeClasses(packages = "org.lynxim", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule layers_form_an_onion =
      onionArchitecture()
          .withOptionalLayers(true)
          .domainModels("org.lynxim.domain..")
          .applicationServices("org.lynxim.application..")
          .adapter("in", "org.lynxim.adapter.in..")
          .adapter("sql", "org.lynxim.adapter.out.sql..")
          .adapter("memory", "org.lynxim.adapter.out.memory..")
          .adapter("auth", "org.lynxim.adapter.out.auth..")
          .adapter("metrics", "org.lynxim.adapter.out.metrics..")
          .adapter("redis", "org.lynxim.adapter.out.redis..")
          .adapter("rabbitmq", "org.lynxim.adapter.out.rabbitmq..")
          .ignoreDependency(resideInAPackage("org.lynxim.bootstrap.."), alwaysTrue());

  @ArchTest
  static final ArchRule adapters_depend_on_ports_not_on_services =
      noClasses()
          .that()
          .resideInAPackage("org.lynxim.adapter..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.lynxim.application.service..");

  @ArchTest
  static final ArchRule ports_do_not_depend_on_services =
      noClasses()
          .that()
          .resideInAPackage("org.lynxim.application.port..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.lynxim.application.service..");

  @ArchTest
  static final ArchRule the_core_uses_no_framework =
      noClasses()
          .that()
          .resideInAnyPackage("org.lynxim.domain..", "org.lynxim.application..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.helidon..",
              "jakarta..",
              "javax.persistence..",
              "com.fasterxml..",
              "java.sql..",
              "org.hibernate..",
              "org.redisson..",
              "com.rabbitmq..");

  @ArchTest
  static final ArchRule the_domain_depends_on_nothing_but_the_jdk =
      classes()
          .that()
          .resideInAPackage("org.lynxim.domain..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("org.lynxim.domain..", "java..");

  @ArchTest
  static final ArchRule inbound_ports_are_use_cases =
      classes()
          .that()
          .resideInAPackage("org.lynxim.application.port.in..")
          .and()
          .areInterfaces()
          .and()
          .areTopLevelClasses()
          .should()
          .haveSimpleNameEndingWith("UseCase");

  @ArchTest
  static final ArchRule inbound_and_outbound_adapters_never_meet =
      noClasses()
          .that()
          .resideInAPackage("org.lynxim.adapter.in..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.lynxim.adapter.out..");

  @ArchTest
  static final ArchRule domain_packages_are_free_of_cycles =
      slices().matching("org.lynxim.domain.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule nobody_prints_to_the_console =
      GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

  @ArchTest
  static final ArchRule no_generic_exceptions_are_thrown =
      GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
}
