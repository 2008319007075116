package org.respnet.system;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat refuses an encoded backslash ({@code %5C}) or slash ({@code %2F}) in a path with 400 by default;
 * unit names may hold either ({@code 市住建局/市城管局}), so both are passed through still encoded and
 * Spring decodes them into the path variable after splitting the path into segments
 * ({@code /units/市甲%5C乙局}, {@code /api/units/市丁%2F戊局}): an encoded slash never separates segments,
 * for the controllers and for the security rules alike.
 */
@Component
class UnitNamePaths implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            connector.setEncodedReverseSolidusHandling("passthrough");
            connector.setEncodedSolidusHandling("passthrough");
        });
    }
}
