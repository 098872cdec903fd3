package com.brokercrm.web;

import com.brokercrm.security.CrmUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What every page's navigation bar needs: the signed-in user and links to this page in each language. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAdvice {

    @ModelAttribute("me")
    CrmUser me() {
        return CrmUser.current().orElse(null);
    }

    @ModelAttribute("langZhUrl")
    String zh(HttpServletRequest request) {
        return withLanguage(request, "zh-CN");
    }

    @ModelAttribute("langEnUrl")
    String en(HttpServletRequest request) {
        return withLanguage(request, "en");
    }

    private static String withLanguage(HttpServletRequest request, String language) {
        String query = request.getQueryString();
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(query)
                .replaceQueryParam("lang", language)
                .build()
                .toUriString();
    }
}
