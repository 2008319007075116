package org.respnet;

import java.util.stream.Stream;

import org.springframework.modulith.core.ApplicationModuleDetectionStrategy;
import org.springframework.modulith.core.ApplicationModuleInformation;
import org.springframework.modulith.core.JavaPackage;
import org.springframework.modulith.core.NamedInterfaces;

/**
 * How {@link ModuleStructureTests} reads the tree: every direct sub-package of {@code org.respnet} is a
 * module, as Spring Modulith does by default, and {@code ingest.extract} (the file formats) is a named
 * interface of {@code ingest} that other modules may use. It is declared here rather than with
 * {@code @NamedInterface} in the package, so the parser stays free of every Spring type. Registered in
 * {@code META-INF/spring.factories} of the test resources.
 */
public class ModuleDetection implements ApplicationModuleDetectionStrategy {

    /** Sub-packages of a module that other modules may use, as {@code module.sub-package}. */
    static final String EXTRACT = "extract";

    private final ApplicationModuleDetectionStrategy modules = ApplicationModuleDetectionStrategy.directSubPackage();

    @Override
    public Stream<JavaPackage> getModuleBasePackages(JavaPackage basePackage) {
        return modules.getModuleBasePackages(basePackage);
    }

    @Override
    public NamedInterfaces detectNamedInterfaces(JavaPackage basePackage, ApplicationModuleInformation information) {
        NamedInterfaces declared = modules.detectNamedInterfaces(basePackage, information);
        if (basePackage.getName().equals("org.respnet.ingest")) {
            return declared.and(NamedInterfaces.builder(basePackage).matching(EXTRACT).build());
        }
        return declared;
    }
}
