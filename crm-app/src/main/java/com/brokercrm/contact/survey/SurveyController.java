package com.brokercrm.contact.survey;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public survey page a client reaches from the link in a message: no sign-in, the signed token is the
 * only key, one answer per survey (a second one is thanked and ignored), CSRF-protected like every form.
 * The page shows only the contact's date, channel and topic, never the client's data.
 */
@Controller
class SurveyController {

    private final Surveys surveys;

    SurveyController(Surveys surveys) {
        this.surveys = surveys;
    }

    @GetMapping("/survey/{token}")
    String form(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<Surveys.Survey> survey = surveys.byToken(token);
        if (survey.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("state", "invalid");
            return "survey/answer";
        }
        Surveys.Survey s = survey.get();
        model.addAttribute("survey", s);
        model.addAttribute("token", token);
        model.addAttribute(
                "state",
                s.answered() ? "answered" : s.expired(LocalDateTime.now(Surveys.SHANGHAI)) ? "expired" : "open");
        return "survey/answer";
    }

    @PostMapping("/survey/{token}")
    String answer(
            @PathVariable String token,
            @RequestParam(required = false) Integer score,
            @RequestParam(required = false) String comment,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Optional<Surveys.Survey> survey = surveys.byToken(token);
        if (survey.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("state", "invalid");
            return "survey/answer";
        }
        model.addAttribute("survey", survey.get());
        model.addAttribute("token", token);
        if (score == null || score < 1 || score > 5) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("state", "open");
            model.addAttribute("scoreMissing", true);
            model.addAttribute("comment", comment);
            return "survey/answer";
        }
        Surveys.Answer answer = surveys.answer(token, score, comment, request.getRemoteAddr());
        model.addAttribute(
                "state",
                switch (answer) {
                    case SAVED -> "thanks";
                    case ALREADY_ANSWERED -> "answered";
                    case EXPIRED -> "expired";
                    case INVALID -> "invalid";
                });
        if (answer == Surveys.Answer.ALREADY_ANSWERED) {
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        return "survey/answer";
    }
}
