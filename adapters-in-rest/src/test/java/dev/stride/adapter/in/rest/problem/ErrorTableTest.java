package dev.stride.adapter.in.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.stride.application.port.in.UseCaseException;
import dev.stride.domain.DomainException;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An error without a row would be answered 500: every domain and use-case error must have one. */
class ErrorTableTest {

    @Test
    void answersEveryDomainAndUseCaseError() {
        List<Class<?>> errors = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.stride.domain", "dev.stride.application")
                .stream()
                .filter(type -> type.isAssignableTo(DomainException.class)
                        || type.isAssignableTo(UseCaseException.class))
                .map(JavaClass::reflect)
                .filter(type -> !Modifier.isAbstract(type.getModifiers()))
                .toList();

        assertThat(errors).hasSizeGreaterThan(10);
        assertThat(errors).allSatisfy(error -> assertThat(ErrorTable.answerTo(error)).as(error.getName())
                .hasValueSatisfying(answer -> assertThat(answer.status()).isBetween(400, 503)));
    }

    @Test
    void hasNoAnswerForADefect() {
        assertThat(ErrorTable.answerTo(new IllegalStateException("a defect"))).isEmpty();
    }
}
