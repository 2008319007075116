package org.respnet.system;

import org.respnet.changes.ChangeRefusedException;
import org.respnet.documents.DocumentOverLimitException;
import org.respnet.documents.DocumentRejectedException;
import org.respnet.graph.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.ErrorResponse;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error answer is an RFC 9457 problem detail ({@code application/problem+json}): {@code type},
 * {@code title}, {@code status}, {@code detail}, {@code instance}, plus extension members: {@code error}
 * (the same text as {@code detail}, which the pages read) and, for a rejected document, {@code problems}.
 *
 * <p>A missing unit, leader, task or document is 404; a document that cannot be imported is 422 with
 * every problem found; an upload over the multipart limit is 413. Spring's own failures (a bad parameter,
 * a wrong method) and any {@link org.springframework.web.ErrorResponseException} a controller throws
 * (among them {@link org.springframework.web.server.ResponseStatusException}) keep their status and
 * detail and are given the same extension members here.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

    /** The extension member that repeats {@code detail}, for the pages and scripts that read it. */
    static final String ERROR = "error";

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e, WebRequest request) {
        return problem(e, HttpStatus.NOT_FOUND, e.getMessage(), request);
    }

    @ExceptionHandler(ChangeRefusedException.class)
    ResponseEntity<Object> refused(ChangeRefusedException e, WebRequest request) {
        return problem(e, HttpStatus.CONFLICT, e.getMessage(), request);
    }

    @ExceptionHandler(DocumentRejectedException.class)
    ResponseEntity<Object> rejected(DocumentRejectedException e, WebRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.detail());
        body.setProperty("problems", e.problems());
        body.setProperty("warnings", e.warnings());
        if (e instanceof DocumentOverLimitException over) {
            body.setProperty("limit", over.limit());
        }
        return handleExceptionInternal(e, body, new HttpHeaders(), HttpStatus.UNPROCESSABLE_CONTENT, request);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(e, HttpStatus.CONTENT_TOO_LARGE, "文件过大，未导入任何内容（" + e.getMessage() + "）", request);
    }

    /**
     * Spring's own failures come with an English detail ("Failed to convert 'limit' …"): a clerk reads it in Chinese,
     * naming the parameter or method it is about.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        // Spring's handlers pass no body: the exception's own problem detail is what would be written.
        Object problemBody = body == null && e instanceof ErrorResponse error
                ? error.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale()) : body;
        if (problemBody instanceof ProblemDetail problem && !ProblemTitles.chinese(problem.getDetail())) {
            problem.setDetail(inChinese(e, status));
        }
        return super.handleExceptionInternal(e, problemBody, headers, status, request);
    }

    static String inChinese(Exception e, HttpStatusCode status) {
        return switch (e) {
            case TypeMismatchException m -> "参数 " + m.getPropertyName() + " 的值“" + m.getValue() + "”无法识别";
            case MissingServletRequestParameterException m -> "缺少参数 " + m.getParameterName();
            case HttpMessageNotReadableException m -> "请求的内容无法读取：请发送格式正确的 JSON";
            case HttpRequestMethodNotSupportedException m -> "这个地址不接受 " + m.getMethod() + " 请求";
            case HttpMediaTypeException m -> "不支持这种内容类型：" + m.getMessage().replaceAll("[^\\w/+.;=-]+.*$", "");
            case NoResourceFoundException m -> "没有这个地址";
            case NoHandlerFoundException m -> "没有这个地址";
            default -> ProblemTitles.of(status.value());
        };
    }

    /** Every problem detail written here, Spring's own included, also carries {@code error}. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            withError(problem);
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    /** Adds the {@code error} member (= {@code detail}, or the title when there is no detail) unless present. */
    static ProblemDetail withError(ProblemDetail problem) {
        if (problem.getProperties() == null || !problem.getProperties().containsKey(ERROR)) {
            problem.setProperty(ERROR, problem.getDetail() != null ? problem.getDetail() : problem.getTitle());
        }
        return problem;
    }

    private ResponseEntity<Object> problem(Exception e, HttpStatus status, String detail, WebRequest request) {
        return handleExceptionInternal(e, ProblemDetail.forStatusAndDetail(status, detail), new HttpHeaders(), status,
                request);
    }
}
