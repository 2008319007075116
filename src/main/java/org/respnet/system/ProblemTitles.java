package org.respnet.system;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every problem detail's {@code title} in Chinese ("Bad Request" is the HTTP reason phrase Spring fills in), whoever
 * wrote it: {@link ApiErrors}, the console's refusals, a controller's own answer. {@code status} and any
 * {@code reason} stay as they are, for scripts.
 */
@ControllerAdvice
class ProblemTitles implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            problem.setTitle(of(problem.getStatus()));
        }
        return body;
    }

    /** The title of a status, as a clerk reads it. */
    static String of(int status) {
        return switch (status) {
            case 400 -> "请求有误";
            case 401 -> "需要登录";
            case 403 -> "没有权限";
            case 404 -> "没有找到";
            case 405 -> "不支持这种请求方式";
            case 406 -> "无法给出所要的格式";
            case 409 -> "与现有数据冲突";
            case 413 -> "内容过大";
            case 415 -> "不支持的内容类型";
            case 422 -> "内容无法处理";
            case 429 -> "请求过于频繁";
            case 503 -> "服务暂时不可用";
            default -> status >= 500 ? "服务器出错" : "请求未完成";
        };
    }

    /** True when {@code text} has a Chinese character (a detail written for a clerk). */
    static boolean chinese(String text) {
        return text != null && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
