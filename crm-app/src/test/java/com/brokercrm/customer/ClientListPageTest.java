package com.brokercrm.customer;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.brokercrm.ingest.ImportListener;
import com.brokercrm.ingest.ImportService;
import com.brokercrm.ingest.SampleBrokerageAccess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ClientListPageTest {

    static Path dataDir;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws Exception {
        dataDir = Files.createTempDirectory("brokercrm-web");
        registry.add("brokercrm.data-dir", dataDir::toString);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ImportService importService;

    static boolean loaded;

    @BeforeAll
    static void marker() {
        loaded = false;
    }

    private void load() throws Exception {
        if (!loaded) {
            Path input = dataDir.resolve("input");
            SampleBrokerageAccess.writeClean(input);
            importService.importFolder(input, StandardCharsets.UTF_8, ImportListener.NONE);
            loaded = true;
        }
    }

    @Test
    void listsClientsInChineseByDefault() throws Exception {
        load();
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("客户列表")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("张三")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("上海浦东营业部")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("共 3 位客户")));
    }

    @Test
    void switchesToEnglish() throws Exception {
        load();
        mvc.perform(get("/clients").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("3 clients")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Account manager")));
    }
}
