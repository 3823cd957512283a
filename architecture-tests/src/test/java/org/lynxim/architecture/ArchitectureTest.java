package org.lynxim.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The hexagon's rules, checked on every module's production classes. */
@AnalyzeClasses(packages = "org.lynxim", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final Pattern FEATURE_SERVICE =
      Pattern.compile("org\\.lynxim\\.application\\.(\\w+)\\.service(\\..*)?");

  @ArchTest
  static final ArchRule layers_form_an_onion =
      onionArchitecture()
          .withOptionalLayers(true)
          .domainModels("org.lynxim.domain..")
          .applicationServices("org.lynxim.application..")
          .adapter("in", "org.lynxim.adapter.in..")
          .adapter("sql", "org.lynxim.adapter.out.sql..")
          .adapter("files", "org.lynxim.adapter.out.files..")
          .adapter("memory", "org.lynxim.adapter.out.memory..")
          .adapter("auth", "org.lynxim.adapter.out.auth..")
          .adapter("metrics", "org.lynxim.adapter.out.metrics..")
          .adapter("redis", "org.lynxim.adapter.out.redis..")
          .adapter("rabbitmq", "org.lynxim.adapter.out.rabbitmq..")
          .adapter("rocksdb", "org.lynxim.adapter.out.rocksdb..")
          .adapter("push", "org.lynxim.adapter.out.push..")
          .ignoreDependency(resideInAPackage("org.lynxim.bootstrap.."), alwaysTrue())
          // Shared by outbound adapters, and held to its own rule below.
          .ignoreDependency(resideInAPackage("org.lynxim.adapter.out.support.."), alwaysTrue());

  @ArchTest
  static final ArchRule adapter_support_is_plain_java_over_the_core =
      classes()
          .that()
          .resideInAPackage("org.lynxim.adapter.out.support..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "org.lynxim.adapter.out.support..",
              "org.lynxim.domain..",
              "org.lynxim.application..port..",
              "java..");

  @ArchTest
  static final ArchRule only_outbound_adapters_use_adapter_support =
      noClasses()
          .that()
          .resideOutsideOfPackages("org.lynxim.adapter.out..", "org.lynxim.bootstrap..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.lynxim.adapter.out.support..");

  @ArchTest
  static final ArchRule adapters_depend_on_ports_not_on_services =
      noClasses()
          .that()
          .resideInAPackage("org.lynxim.adapter..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.lynxim.application..service..");

  @ArchTest
  static final ArchRule ports_do_not_depend_on_services =
      noClasses()
          .that()
          .resideInAPackage("org.lynxim.application..port..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.lynxim.application..service..");

  @ArchTest
  static final ArchRule outbound_ports_do_not_depend_on_inbound_ports =
      noClasses()
          .that()
          .resideInAPackage("org.lynxim.application..port.out..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.lynxim.application..port.in..");

  @ArchTest
  static final ArchRule features_meet_only_through_ports =
      classes()
          .that()
          .resideInAPackage("org.lynxim.application..")
          .should(notReachIntoAnotherFeaturesServices());

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
          .resideInAPackage("org.lynxim.application..port.in..")
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
  static final ArchRule outbound_adapters_never_meet_each_other =
      slices()
          .matching("org.lynxim.adapter.out.(*)..")
          .should()
          .notDependOnEachOther()
          .ignoreDependency(alwaysTrue(), resideInAPackage("org.lynxim.adapter.out.support.."));

  @ArchTest
  static final ArchRule domain_packages_are_free_of_cycles =
      slices().matching("org.lynxim.domain.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule only_the_composition_root_reads_the_wall_clock =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.lynxim.bootstrap..")
          .and()
          .resideOutsideOfPackage("org.lynxim.benchmarks..")
          .should(readTheWallClock());

  @ArchTest
  static final ArchRule only_the_composition_root_touches_the_global_metrics_registry =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.lynxim.bootstrap..")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("io.helidon.metrics.api.Metrics")
          .as("only bootstrap touches Helidon's static metrics registry");

  @ArchTest
  static final ArchRule the_load_generator_uses_nothing_of_the_server =
      noClasses()
          .that()
          .resideInAPackage("org.lynxim.benchmarks..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.lynxim.domain..",
              "org.lynxim.application..",
              "org.lynxim.adapter..",
              "org.lynxim.bootstrap..");

  @ArchTest
  static final ArchRule nobody_prints_to_the_console =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.lynxim.benchmarks..")
          .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS);

  @ArchTest
  static final ArchRule no_generic_exceptions_are_thrown =
      GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

  /** A feature's services may use its own services and any feature's ports, never another's. */
  private static ArchCondition<JavaClass> notReachIntoAnotherFeaturesServices() {
    return new ArchCondition<>("not depend on another feature's services") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        Optional<String> own = featureOf(item.getPackageName());
        item.getDirectDependenciesFromSelf().stream()
            .filter(dependency -> dependency.getTargetClass().getPackageName() != null)
            .forEach(
                dependency -> {
                  Optional<String> target = featureOf(dependency.getTargetClass().getPackageName());
                  if (target.isPresent() && !target.equals(own)) {
                    events.add(
                        SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                  }
                });
      }
    };
  }

  /** The feature whose service package this is; empty for any other package. */
  private static Optional<String> featureOf(String packageName) {
    Matcher matcher = FEATURE_SERVICE.matcher(packageName);
    return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  /** Calls that read the time of day; code outside bootstrap takes a {@link Clock} instead. */
  private static ArchCondition<JavaClass> readTheWallClock() {
    Set<String> clockTypes =
        Set.of(
            Instant.class.getName(),
            LocalDateTime.class.getName(),
            OffsetDateTime.class.getName(),
            ZonedDateTime.class.getName());
    return new ArchCondition<>("read the wall clock") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        for (JavaMethodCall call : item.getMethodCallsFromSelf()) {
          String owner = call.getTargetOwner().getName();
          String name = call.getName();
          boolean wallClock =
              (clockTypes.contains(owner) && name.equals("now"))
                  || (owner.equals(System.class.getName()) && name.equals("currentTimeMillis"))
                  || (owner.equals(Clock.class.getName()) && name.startsWith("system"));
          if (wallClock) {
            events.add(SimpleConditionEvent.satisfied(call, call.getDescription()));
          }
        }
      }
    };
  }
}
