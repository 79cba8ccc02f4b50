#include "ConsentPrompt.h"
#include "CliText.h"
#include "QtText.h"

#include "CertificateCatalogue.h"

#include "ipsecdoctor/util/digest.h"
#include "ipsecdoctor/util/time_format.h"

#include <QCoreApplication>

namespace ipsecdoctor::app {
ConsentText caImportConsentText(const CaCandidate& candidate, CertStore store) {
    const auto& f = candidate.facts;
    ConsentText t;
    t.title = CliText::tr("IPsec Doctor: trust a certification authority");
    t.heading = store == CertStore::MachineRoot
                    ? CliText::tr("Trust this root certification authority on this computer?")
                    : CliText::tr("Add this intermediate certification authority to this computer?");
    t.body = CliText::tr("Subject: %1\nIssued by: %2\nValid from %3 to %4\nSHA-1 thumbprint: %5\n"
                         "SHA-256 thumbprint: %6\n\n"
                         "This certificate will be trusted by this computer for VPN server authentication "
                         "(Server Authentication, IP security IKE intermediate), for every user, in %7. "
                         "Compare the thumbprints with the ones your IT department gave you, and cancel if "
                         "you do not know this certificate.")
                 .arg(qs(f.subject), qs(f.issuer), qs(isoFromUnix(f.notBefore)).left(10),
                      qs(isoFromUnix(f.notAfter)).left(10), qs(f.thumbprint),
                      qs(sha256Hex(candidate.der)).toUpper(), CertificateCatalogue::store(store));
    t.accept = CliText::tr("Trust this certificate");
    return t;
}

} // namespace ipsecdoctor::app
