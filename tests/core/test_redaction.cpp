#include "ipsecdoctor/bundle/redaction.h"

#include <gtest/gtest.h>

using namespace ipsecdoctor;

TEST(Redaction, HidesSecretValuesKeepsTheRest) {
    const std::string log = "2026-11-27 [info] connecting to vpn.example.com\n"
                            "L2tpPsk=Sup3rS3cret!\r\n"
                            "  user password: hunter2\n"
                            "PreSharedKey = abc def\n"
                            "ipsec.secrets: : PSK \"x\"\n"
                            "EAP-MSCHAPv2 identity=alice\n";
    const std::string out = redactSecrets(log);
    EXPECT_EQ(out.find("Sup3rS3cret"), std::string::npos);
    EXPECT_EQ(out.find("hunter2"), std::string::npos);
    EXPECT_EQ(out.find("abc def"), std::string::npos);
    EXPECT_NE(out.find("L2tpPsk= [redacted]\r\n"), std::string::npos);
    EXPECT_NE(out.find("connecting to vpn.example.com\n"), std::string::npos);
    EXPECT_NE(out.find("identity=alice"), std::string::npos); // not a secret
}

TEST(Redaction, RemovesPrivateKeyBlocks) {
    const std::string pem =
        "before\n-----BEGIN RSA PRIVATE KEY-----\nMIIEow\nAAAA\n-----END RSA PRIVATE KEY-----\n"
        "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\nafter\n";
    const std::string out = redactSecrets(pem);
    EXPECT_EQ(out.find("MIIEow"), std::string::npos);
    EXPECT_NE(out.find("[private key redacted]"), std::string::npos);
    EXPECT_NE(out.find("MIIB"), std::string::npos); // certificates are public
    EXPECT_NE(out.find("after\n"), std::string::npos);
}

TEST(Redaction, TextWithoutSecretsIsUnchanged) {
    const std::string text = "no secrets here\nkey=value\nunterminated";
    EXPECT_EQ(redactSecrets(text), text);
}
