package com.brokercrm;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class BrokerCrm {
    public static void main(String[] args) {
        System.exit(0);
    }
}
