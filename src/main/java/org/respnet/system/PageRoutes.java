package org.respnet.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Readable page addresses (/explore, /tasks, /report, /import, /supervise, /units/市发改委/notice) served by
 * the static pages that render them; /units/市发改委 is responsibility.UnitPage, which answers 404 for a
 * unit that does not exist. Unknown addresses get the Chinese pages in static/error/ with their status.
 */
@Configuration
class PageRoutes implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/explore").setViewName("forward:/explore.html");
        registry.addViewController("/tasks").setViewName("forward:/tasks.html");
        registry.addViewController("/report").setViewName("forward:/report.html");
        registry.addViewController("/import").setViewName("forward:/import.html");
        registry.addViewController("/supervise").setViewName("forward:/supervise.html");
        registry.addViewController("/documents").setViewName("forward:/documents.html");
        registry.addViewController("/compare").setViewName("forward:/compare.html");
        registry.addViewController("/units/{name}/notice").setViewName("forward:/notice.html");
    }
}
