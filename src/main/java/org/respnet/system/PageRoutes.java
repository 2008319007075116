package org.respnet.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Readable page addresses (/explore, /tasks, /report, /supervise, /units/市发改委, /units/市发改委/notice) served by the static pages that render them. */
@Configuration
class PageRoutes implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/explore").setViewName("forward:/explore.html");
        registry.addViewController("/tasks").setViewName("forward:/tasks.html");
        registry.addViewController("/report").setViewName("forward:/report.html");
        registry.addViewController("/import").setViewName("forward:/import.html");
        registry.addViewController("/units/{name}").setViewName("forward:/unit.html");
        registry.addViewController("/supervise").setViewName("forward:/supervise.html");
        registry.addViewController("/units/{name}/notice").setViewName("forward:/notice.html");
    }
}
