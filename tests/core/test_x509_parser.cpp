// The portable X.509 reader against OpenSSL's view of the test PKI (expected.txt), hostile
// input, and the helpers it relies on (SHA-1, base64, dates).

#include "ipsecdoctor/json/certificate_json.h"
#include "ipsecdoctor/model/certificate_facts.h"
#include "ipsecdoctor/util/digest.h"
#include "ipsecdoctor/util/time_format.h"

#include "test_pki.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>

using namespace ipsecdoctor;
using ipsecdoctor::testing::pkiExpected;
using ipsecdoctor::testing::pkiFile;

TEST(Sha1, Fips180Vectors) {
    EXPECT_EQ(sha1Hex(""), "DA39A3EE5E6B4B0D3255BFEF95601890AFD80709");
    EXPECT_EQ(sha1Hex("abc"), "A9993E364706816ABA3E25717850C26C9CD0D89D");
    EXPECT_EQ(sha1Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
              "84983E441C3BD26EBAAE4AA1F95129E5E54670F1");
    EXPECT_EQ(sha1Hex(std::string(1000000, 'a')), "34AA973CD4C4DAA4F61EEB2BDBAD27316534016F");
}

TEST(X509Parser, EveryTestCertificateMatchesOpenSsl) {
    const auto expected = pkiExpected();
    ASSERT_GE(expected.size(), 12u);
    for (const auto& [name, values] : expected) {
        SCOPED_TRACE(name);
        auto facts = parseCertificate(pkiFile(name + ".der"));
        ASSERT_TRUE(facts) << facts.error().detail;
        EXPECT_EQ(facts->thumbprint, values.at("thumbprint"));
        EXPECT_EQ(facts->spkiSha1, values.at("spki_sha1"));
        EXPECT_EQ(facts->serial, values.at("serial"));
        EXPECT_EQ(isoFromUnix(facts->notBefore), values.at("not_before"));
        EXPECT_EQ(isoFromUnix(facts->notAfter), values.at("not_after"));
        EXPECT_EQ(facts->keyAlgorithm, "rsa");
        EXPECT_EQ(facts->keyBits, 2048);
    }
}

TEST(X509Parser, MachineCertificateFacts) {
    auto f = parseCertificate(pkiFile("machine-good.der"));
    ASSERT_TRUE(f) << f.error().detail;
    EXPECT_EQ(f->subject, "CN=pc1.example.test, O=Société des Tests");
    EXPECT_EQ(f->subjectCommonName, "pc1.example.test");
    EXPECT_EQ(f->issuer, "CN=IPsec Doctor Test Issuing CA, O=IPsec Doctor Tests, C=FR");
    EXPECT_TRUE(f->hasEku);
    EXPECT_EQ(f->ekus,
              (std::vector<std::string>{std::string(kEkuClientAuth), std::string(kEkuIkeIntermediate)}));
    EXPECT_TRUE(f->allowsEku(kEkuClientAuth));
    EXPECT_FALSE(f->allowsEku(kEkuServerAuth));
    EXPECT_EQ(f->sanDns, std::vector<std::string>{"pc1.example.test"});
    EXPECT_TRUE(f->sanIp.empty());
    EXPECT_FALSE(f->isCa);
    EXPECT_FALSE(f->selfIssued);
    const auto issuer = parseCertificate(pkiFile("intermediate.der"));
    ASSERT_TRUE(issuer);
    EXPECT_FALSE(issuer->subjectKeyId.empty());
    EXPECT_EQ(f->authorityKeyId, issuer->subjectKeyId);
    EXPECT_TRUE(issuer->isCa);
}

TEST(X509Parser, ServerCertificateHasDnsAndIpSan) {
    auto f = parseCertificate(pkiFile("server.der"));
    ASSERT_TRUE(f);
    EXPECT_EQ(f->sanDns, std::vector<std::string>{"vpn.example.test"});
    EXPECT_EQ(f->sanIp, std::vector<std::string>{"192.0.2.10"});
    EXPECT_TRUE(f->listsEku(kEkuServerAuth));
}

TEST(X509Parser, RootIsSelfIssuedCaThatSignsCertificates) {
    auto f = parseCertificate(pkiFile("root.der"));
    ASSERT_TRUE(f);
    EXPECT_TRUE(f->isCa);
    EXPECT_TRUE(f->selfIssued);
    EXPECT_EQ(f->subject, f->issuer);
    ASSERT_TRUE(f->hasKeyUsage);
    EXPECT_TRUE(f->keyUsage & kKuKeyCertSign);
}

TEST(X509Parser, PemAndDerGiveTheSameCertificate) {
    const auto der = pkiFile("machine-good.der");
    auto fromPem = certificateDerFromFile(pkiFile("machine-good.pem"));
    ASSERT_TRUE(fromPem) << fromPem.error().detail;
    EXPECT_EQ(*fromPem, der);
    auto fromDer = certificateDerFromFile(der);
    ASSERT_TRUE(fromDer);
    EXPECT_EQ(*fromDer, der);
    EXPECT_FALSE(certificateDerFromFile("hello"));
    EXPECT_FALSE(certificateDerFromFile("-----BEGIN CERTIFICATE-----\n!!\n-----END CERTIFICATE-----\n"));
}

TEST(X509Parser, EveryTruncationAndTrailingByteIsMalformedNotACrash) {
    const auto der = pkiFile("server.der");
    for (std::size_t n = 0; n < der.size(); ++n) {
        auto f = parseCertificate(std::string_view(der).substr(0, n));
        EXPECT_FALSE(f) << "prefix of " << n << " bytes parsed";
    }
    EXPECT_FALSE(parseCertificate(der + '\0'));
    // Flipping each byte must never crash (most flips still parse or fail cleanly).
    for (std::size_t i = 0; i < der.size(); ++i) {
        std::string copy = der;
        copy[i] = static_cast<char>(copy[i] ^ 0xFF);
        (void)parseCertificate(copy);
    }
}

TEST(X509Parser, RejectsNonDerLengths) {
    // SEQUENCE with an indefinite length, and with a long-form length that fits the short form.
    EXPECT_FALSE(parseCertificate(std::string("\x30\x80\x00\x00", 4)));
    EXPECT_FALSE(parseCertificate(std::string("\x30\x81\x01\x00", 4)));
    EXPECT_FALSE(parseCertificate(std::string("\x30\x84\xff\xff\xff\xff", 6)));
    EXPECT_FALSE(parseCertificate(""));
}

TEST(CertificateDates, IsoRoundTripAcrossCenturies) {
    for (std::int64_t t :
         {std::int64_t{0}, std::int64_t{951782400} /* 2000-02-29 */, std::int64_t{2524607999},
          std::int64_t{4102444800} /* 2100-01-01 */, std::int64_t{-86400}}) {
        const auto iso = isoFromUnix(t);
        EXPECT_EQ(unixFromIso(iso), t) << iso;
    }
    EXPECT_EQ(isoFromUnix(951782400), "2000-02-29T00:00:00Z");
    EXPECT_FALSE(unixFromIso("2026-13-01T00:00:00Z"));
    EXPECT_FALSE(unixFromIso("2026-01-01 00:00:00Z"));
    // Days a month does not have are refused, not carried into the next month.
    EXPECT_FALSE(unixFromIso("2026-02-29T00:00:00Z"));
    EXPECT_FALSE(unixFromIso("2026-04-31T00:00:00Z"));
    EXPECT_TRUE(unixFromIso("2028-02-29T00:00:00Z"));
}

TEST(CertificateDates, NowIsFormattedAsUtcWithoutTheCLibrary) {
    using namespace std::chrono;
    EXPECT_EQ(formatIso8601Utc(system_clock::time_point{seconds{951782400} + milliseconds{999}}),
              "2000-02-29T00:00:00Z");
    EXPECT_EQ(formatIso8601Utc(system_clock::time_point{seconds{4102444800}}), "2100-01-01T00:00:00Z");
    const auto now = nowIso8601Utc();
    ASSERT_TRUE(unixFromIso(now)) << now;
    EXPECT_LE(
        std::abs(*unixFromIso(now) - duration_cast<seconds>(system_clock::now().time_since_epoch()).count()),
        2);
}

TEST(Base64, RoundTripAndStrictness) {
    for (std::string s : {"", "f", "fo", "foo", "foob", "fooba", "foobar"}) {
        EXPECT_EQ(base64Decode(base64Encode(s)), s);
    }
    EXPECT_EQ(base64Encode("foobar"), "Zm9vYmFy");
    EXPECT_EQ(base64Encode("fo"), "Zm8=");
    EXPECT_FALSE(base64Decode("Zm9"));
    EXPECT_FALSE(base64Decode("Zm=v"));
    EXPECT_FALSE(base64Decode("Z===")); // one sextet cannot make a byte
    EXPECT_FALSE(base64Decode("Zm9v\n"));
}
