package org.respnet.system;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat refuses an encoded backslash ({@code %5C}) in a path with 400 by default; unit names may hold
 * one, so it is passed through still encoded and Spring decodes it into the path variable
 * ({@code /units/市甲%5C乙局}, {@code /api/units/…}). Encoded slashes stay refused.
 */
@Component
class UnitNamePaths implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> connector.setEncodedReverseSolidusHandling("passthrough"));
    }
}
