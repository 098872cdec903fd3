package com.brokercrm.contact.channel;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders messages in the client's language from Thymeleaf templates in {@code templates/mail/}: an HTML
 * letter and its plain-text twin for e-mail, a short text for SMS and WeChat. Words come from
 * messages*.properties, like every page.
 */
@Component
public class MessageTemplates {

    /** A rendered message. {@code html} is null for SMS and WeChat. */
    public record Rendered(String subject, String text, String html) {}

    /** What goes into a message besides its template: names, the sender's own text, a survey link. */
    public record Content(
            String clientName,
            String senderName,
            String subject,
            String text,
            List<String> surveyDetail,
            String surveyUrl,
            String surveyExpires,
            String unsubscribeUrl) {}

    private final SpringTemplateEngine engine;
    private final MessageSource messages;

    public MessageTemplates(MessageSource messages) {
        this.messages = messages;
        this.engine = new SpringTemplateEngine();
        engine.setTemplateEngineMessageSource(messages);
        engine.addTemplateResolver(resolver("*.html", TemplateMode.HTML, 1));
        engine.addTemplateResolver(resolver("*.txt", TemplateMode.TEXT, 2));
    }

    private static ClassLoaderTemplateResolver resolver(String pattern, TemplateMode mode, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setOrder(order);
        resolver.setCacheable(true);
        return resolver;
    }

    public Rendered render(
            com.brokercrm.contact.ContactChannel channel, MessageTemplate template, Locale locale, Content content) {
        String subject = template == MessageTemplate.TEXT && content.subject() != null
                ? content.subject()
                : messages.getMessage("message." + template + ".subject", null, locale);
        List<String> paragraphs = template == MessageTemplate.TEXT
                ? List.of(content.text().split("\\R\\s*\\R"))
                : List.of(messages.getMessage("message." + template + ".body", args(content), locale)
                        .split("\\n"));
        Context context = new Context(locale);
        context.setVariables(Map.of(
                "lang", locale.toLanguageTag(),
                "subject", subject,
                "clientName", content.clientName(),
                "senderName", content.senderName(),
                "paragraphs", paragraphs));
        if (content.unsubscribeUrl() != null) {
            context.setVariable("unsubscribeUrl", content.unsubscribeUrl());
        }
        if (content.surveyUrl() != null) {
            context.setVariable("surveyUrl", content.surveyUrl());
            context.setVariable("surveyExpires", content.surveyExpires());
        }
        if (channel == com.brokercrm.contact.ContactChannel.EMAIL) {
            return new Rendered(
                    subject, engine.process("letter.txt", context).strip(), engine.process("letter.html", context));
        }
        return new Rendered(subject, engine.process("short.txt", context).strip(), null);
    }

    private static Object[] args(Content content) {
        List<String> detail = content.surveyDetail() == null ? List.of("", "", "") : content.surveyDetail();
        return new Object[] {content.clientName(), content.senderName(), detail.get(0), detail.get(1), detail.get(2)};
    }
}
