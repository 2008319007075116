package org.respnet.documents;

import jakarta.servlet.MultipartConfigElement;

import org.respnet.documents.ImportFolderProperties;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Multipart uploads stop at the same limit as raw bodies, {@code respnet.import.max-document-size}
 * (one setting for both), with a little room in the request for the multipart framing.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

    private static final DataSize FRAMING = DataSize.ofKilobytes(64);

    @Bean
    MultipartConfigElement multipartConfigElement(ImportFolderProperties properties) {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(properties.maxDocumentSize());
        factory.setMaxRequestSize(DataSize.ofBytes(properties.maxDocumentSize().toBytes() + FRAMING.toBytes()));
        factory.setFileSizeThreshold(DataSize.ofKilobytes(512));
        return factory.createMultipartConfig();
    }
}
