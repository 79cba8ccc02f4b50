#include "CertificateCatalogue.h"
#include "QtText.h"

#include "ipsecdoctor/checks/certificate_checks.h"

namespace ipsecdoctor::app {
namespace {

/// The date part of an ISO 8601 evidence value ("2026-11-27").
QString day(const QString& iso) {
    return iso.left(10);
}

} // namespace

FindingText CertificateCatalogue::finding(const Finding& f) {
    const QString id = QString::fromStdString(f.id);
    const QString who = QString::fromStdString(f.subject);
    const bool machine =
        id.startsWith(QLatin1String("certificate.machine.")) || ev(f, "role") == QLatin1String("machine");
    const QString cond = id.section(QLatin1Char('.'), 2);
    const QString role = id.section(QLatin1Char('.'), 1, 1);
    const QString console =
        machine ? tr("certlm.msc (Local Computer certificates)") : tr("certmgr.msc (your user certificates)");

    if (role == QLatin1String("machine") || role == QLatin1String("user")) {
        const QString kind = machine ? tr("Computer certificate") : tr("User certificate");
        if (cond == QLatin1String("usable")) {
            return {
                tr("%1 \"%2\" is valid").arg(kind, who),
                tr("Valid until %1, with the Client Authentication usage, a private key and a trusted chain.")
                    .arg(day(ev(f, "not_after"))),
                {}};
        }
        if (cond == QLatin1String("missing")) {
            return {
                machine ? tr("No usable computer certificate") : tr("No usable user certificate"),
                machine
                    ? tr("This connection signs in with a computer certificate, but the computer's Personal "
                         "store (LocalMachine\\My) has none with the Client Authentication usage. Windows "
                         "reports error 13806 (IKEv2) or 766 (L2TP).")
                    : tr("This connection signs in with your certificate, but your Personal store "
                         "(CurrentUser\\My) has none with the Client Authentication usage."),
                tr("Ask your IT department for a certificate, or import the .pfx file they gave you with %1.")
                    .arg(console)};
        }
        if (cond == QLatin1String("expired")) {
            return {tr("%1 \"%2\" has expired").arg(kind, who),
                    tr("It expired on %1 (%2 days ago). Windows no longer offers it: error 13806 or 13801.")
                        .arg(day(ev(f, "not_after")), ev(f, "days_since_expiry")),
                    tr("Ask your IT department to renew it.")};
        }
        if (cond == QLatin1String("not-yet-valid")) {
            return {tr("%1 \"%2\" is not valid yet").arg(kind, who),
                    tr("It becomes valid on %1, but this computer's clock says %2.")
                        .arg(day(ev(f, "not_before")), day(ev(f, "system_time"))),
                    tr("Check the date and time of this computer; if they are right, wait or ask for a new "
                       "certificate.")};
        }
        if (cond == QLatin1String("expiring-soon")) {
            return {tr("%1 \"%2\" expires in %3 days").arg(kind, who, ev(f, "days_left")),
                    tr("It expires on %1; after that the VPN stops connecting.").arg(day(ev(f, "not_after"))),
                    tr("Ask your IT department to renew it now.")};
        }
        if (cond == QLatin1String("eku-missing")) {
            return {
                tr("%1 \"%2\" is not made for signing in").arg(kind, who),
                tr("It lacks the Client Authentication usage (1.3.6.1.5.5.7.3.2), so Windows will not use "
                   "it for the VPN."),
                tr("Ask for a certificate with Client Authentication (and IP security IKE intermediate).")};
        }
        if (cond == QLatin1String("no-private-key")) {
            return {
                tr("%1 \"%2\" has no private key").arg(kind, who),
                tr("Only the public part was imported: the certificate cannot prove this computer's identity "
                   "(error 13820)."),
                tr("Import the .pfx file (certificate with its private key) again with %1.").arg(console)};
        }
        if (cond == QLatin1String("private-key-inaccessible")) {
            return {
                tr("The private key of \"%1\" cannot be used").arg(who),
                ev(f, "collected_elevated") == QLatin1String("false")
                    ? tr("IPsec Doctor could not open it without administrator rights; Windows' IKE service "
                         "may still be able to. Check again as administrator to be sure.")
                    : tr("The key is registered but cannot be opened: its file is missing or its permissions "
                         "exclude the system (error 13820)."),
                tr("Import the .pfx file again with %1.").arg(console)};
        }
    }
    if (role == QLatin1String("chain")) {
        const QString top = ev(f, "chain_top");
        if (cond == QLatin1String("incomplete")) {
            const QString missing = ev(f, "missing_issuer");
            if (missing == QLatin1String("root") || missing == QLatin1String("requested-ca")) {
                return {
                    tr("The chain of \"%1\" is incomplete").arg(who),
                    missing == QLatin1String("root")
                        ? tr("The chain of \"%1\" stops at \"%2\": the certificate above it, most likely "
                             "the root CA, is missing. Without it the certificate is not trusted: error "
                             "13801 "
                             "or 13806.")
                              .arg(who, top)
                        : tr("Windows cannot find the CA that issued \"%1\". The VPN server trusts a CA this "
                             "computer does not have, most likely that one. Without it the certificate is "
                             "not trusted: error 13801 or 13806.")
                              .arg(who),
                    tr("Import your VPN's root CA certificate into the computer's Trusted Root "
                       "Certification Authorities, after checking its thumbprint with your IT department.")};
            }
            return {
                tr("The chain of \"%1\" is incomplete").arg(who),
                tr("Windows cannot find the certificate that issued \"%1\" (an intermediate CA). Without it "
                   "the certificate is not trusted: error 13801 or 13806.")
                    .arg(who),
                tr("Import the intermediate CA certificate into the computer's Intermediate Certification "
                   "Authorities store.")};
        }
        if (cond == QLatin1String("untrusted-root")) {
            return {tr("\"%1\" leads to an untrusted root").arg(who),
                    tr("Its chain ends at \"%1\", which is not in the computer's Trusted Root Certification "
                       "Authorities (LocalMachine\\Root): error 13801.")
                        .arg(top),
                    tr("Import the root CA certificate your IT department gives you, after checking its "
                       "thumbprint with them.")};
        }
        if (cond == QLatin1String("expired-ca")) {
            return {tr("A CA above \"%1\" has expired").arg(who),
                    tr("\"%1\" expired on %2; every certificate it issued stops working.")
                        .arg(ev(f, "expired_ca"), day(ev(f, "expired_ca_not_after"))),
                    tr("Import the renewed CA certificate from your IT department.")};
        }
        if (cond == QLatin1String("signature-invalid")) {
            return {
                tr("The chain of \"%1\" has an invalid signature").arg(who),
                tr("A certificate of the chain was not signed by the CA it names: it is damaged or forged."),
                tr("Remove it and ask your IT department for a new one.")};
        }
        if (cond == QLatin1String("revoked")) {
            return {tr("\"%1\" has been revoked").arg(who),
                    tr("Its CA has withdrawn it (revocation list): servers refuse it."),
                    tr("Ask your IT department for a new certificate.")};
        }
        if (cond == QLatin1String("revocation-unknown")) {
            return {
                tr("Revocation of \"%1\" could not be checked").arg(who),
                ev(f, "revocation") == QLatin1String("offline")
                    ? tr("The revocation list server could not be reached. A server that enforces revocation "
                         "checks (error 13817 or 13848) would refuse the connection.")
                    : tr("The certificate has no revocation information Windows could check. This only "
                         "matters "
                         "if the server enforces revocation checks."),
                tr("If the connection fails with 13817 or 13848, ask your IT department to publish the "
                   "revocation list where this computer can reach it.")};
        }
    }
    if (is(id, finding::CertificateClockSkew)) {
        return {
            tr("This computer's clock may be wrong"),
            ev(f, "not_before").isEmpty()
                ? tr("The clock says %1, which cannot be right: every certificate check depends on it.")
                      .arg(day(ev(f, "system_time")))
                : tr("The clock says %1, but a certificate here was issued for use from %2 only. A clock "
                     "behind makes valid certificates look not yet valid.")
                      .arg(day(ev(f, "system_time")), day(ev(f, "not_before"))),
            tr("Set the date, time and time zone in Windows Settings (Time & language), then check again.")};
    }
    if (is(id, finding::CertificateServerCaNotInstalled)) {
        return {
            tr("The server uses a CA this computer does not have"),
            tr("The VPN server names the certification authorities it trusts (IKE CERTREQ); %1 of them "
               "is not installed here. The server's own certificate normally comes from it: Windows cannot "
               "trust the server (error 13801).")
                .arg(ev(f, "missing_ca_sha1").count(QLatin1Char(',')) + 1),
            tr("Import that CA's root certificate into the computer's Trusted Root Certification "
               "Authorities, "
               "after checking its thumbprint with your IT department.")};
    }
    if (is(id, finding::CertificateServerCaUserStoreOnly)) {
        return {
            tr("The server's CA is only in your user's certificate store"),
            tr("The VPN server names the certification authorities it trusts (IKE CERTREQ). \"%1\" is in "
               "your user's Trusted Root Certification Authorities, not in the computer's. Windows checks "
               "the server's certificate as the computer, so it cannot trust the server (error 13801).")
                .arg(ev(f, "user_root_subject")),
            tr("Import the same root certificate (thumbprint %1) into the computer's Trusted Root "
               "Certification Authorities (certlm.msc), then dial again.")
                .arg(ev(f, "user_root_thumbprint"))};
    }
    if (is(id, finding::CertificateServerCaInstalled)) {
        return {tr("This computer has the CAs the server asks for"),
                tr("The VPN server names the certification authorities it trusts (IKE CERTREQ): all %1 are "
                   "installed here.")
                    .arg(ev(f, "installed_ca_sha1").count(QLatin1Char(',')) + 1),
                {}};
    }
    if (is(id, finding::CertificateServerCaUnknown)) {
        return {tr("The server did not say which CAs it accepts"),
                tr("IPsec Doctor asked %1 (IKEv2 on UDP port 500) which certification authorities it trusts, "
                   "but got no answer (%2). The certificates are checked without that list.")
                    .arg(ev(f, "server"), ev(f, "transport")),
                tr("Check the connection to the server on the Proposals step, then check again.")};
    }
    if (is(id, finding::CertificateServerCaNotRequested)) {
        return {
            tr("Your certificate is not from a CA the server accepts"),
            tr("The server asks for a certificate issued by a CA it trusts, and none of the %1 certificates "
               "here chains to one of them: the server rejects this computer (error 13806 or 13801).")
                .arg(machine ? tr("computer") : tr("user")),
            tr("Ask your IT department for a certificate from the VPN's CA.")};
    }
    if (is(id, finding::CertificateNameCheckDisabled)) {
        return {tr("The server's name is not checked"),
                tr("This connection has DisableIKENameEkuCheck set: Windows accepts any certificate from a "
                   "trusted "
                   "CA as the server, even one for another server."),
                tr("Remove the setting once the server's certificate carries its name and Server "
                   "Authentication.")};
    }
    if (is(id, finding::CertificateNameCheckServerIsIpAddress)) {
        return {
            tr("The VPN server is dialled by IP address"),
            tr("Windows requires the server certificate to contain %1 as a DNS name (an IP address entry "
               "alone gives error 13801).")
                .arg(who),
            tr("Dial the server's DNS name, or make sure its certificate lists the address as a DNS name.")};
    }
    if (is(id, finding::CertificateNameCheckNameMismatch) ||
        is(id, finding::CertificateNameCheckIpAddressNotDnsSan) ||
        is(id, finding::CertificateNameCheckServerAuthEkuMissing)) {
        return {tr("The server certificate does not pass Windows' name check"),
                tr("Windows requires the dialled name in the subject or as a DNS name, and the Server "
                   "Authentication usage: error 13801."),
                tr("Have the server certificate reissued accordingly.")};
    }
    if (is(id, finding::CertificateAuthMethodUnknown)) {
        return {tr("Choose how the VPN signs in"),
                tr("Which certificates matter depends on the authentication method; until it is known, "
                   "certificate problems are shown for information only."),
                {}};
    }
    if (is(id, finding::CertificateCollectionFailed)) {
        return {tr("A certificate store could not be read"),
                tr("IPsec Doctor could not read %1 (%2).")
                    .arg(ev(f, "store"), Catalogue::errorMessageForId(ev(f, "error"))),
                tr("Check again; if it persists, run IPsec Doctor as administrator.")};
    }
    return {tr("Unknown certificate finding %1").arg(id),
            tr("This finding comes from a newer version of IPsec Doctor; its evidence is listed below."),
            {},
            false};
}

QString CertificateCatalogue::remediationLabel(const QString& id) {
    if (id == QLatin1String(fix::kImportRootCa.data())) {
        return tr("Import a root CA…");
    }
    if (id == QLatin1String(fix::kImportIntermediateCa.data())) {
        return tr("Import an intermediate CA…");
    }
    if (id == QLatin1String(fix::kOpenCertlm.data())) {
        return tr("Open computer certificates");
    }
    if (id == QLatin1String(fix::kOpenCertmgr.data())) {
        return tr("Open my certificates");
    }
    return id;
}

QString CertificateCatalogue::remediationDescription(const QString& id) {
    if (id == QLatin1String(fix::kImportRootCa.data())) {
        return tr("Adds a root CA certificate file you choose to the computer's Trusted Root Certification "
                  "Authorities, after showing its name, thumbprint and validity. Undo removes exactly that "
                  "certificate.");
    }
    if (id == QLatin1String(fix::kImportIntermediateCa.data())) {
        return tr("Adds an intermediate CA certificate file you choose to the computer's Intermediate "
                  "Certification Authorities, after showing its name, thumbprint and validity. Undo removes "
                  "exactly that certificate.");
    }
    if (id == QLatin1String(fix::kOpenCertlm.data())) {
        return tr("Opens certlm.msc, Windows' console for the computer's certificates (changes nothing by "
                  "itself).");
    }
    if (id == QLatin1String(fix::kOpenCertmgr.data())) {
        return tr("Opens certmgr.msc, Windows' console for your certificates (changes nothing by itself).");
    }
    return tr("Unknown fix %1: IPsec Doctor will not run it.").arg(id);
}

QString CertificateCatalogue::evidenceKey(const QString& key) {
    if (key == QLatin1String("thumbprint")) {
        return tr("Thumbprint (SHA-1)");
    }
    if (key == QLatin1String("store")) {
        return tr("Store");
    }
    if (key == QLatin1String("subject")) {
        return tr("Subject");
    }
    if (key == QLatin1String("issuer")) {
        return tr("Issuer");
    }
    if (key == QLatin1String("not_before")) {
        return tr("Valid from");
    }
    if (key == QLatin1String("not_after")) {
        return tr("Valid until");
    }
    if (key == QLatin1String("days_left")) {
        return tr("Days left");
    }
    if (key == QLatin1String("ekus")) {
        return tr("Key usages (EKU)");
    }
    if (key == QLatin1String("chain")) {
        return tr("Chain");
    }
    if (key == QLatin1String("revocation")) {
        return tr("Revocation");
    }
    if (key == QLatin1String("requested_ca_sha1")) {
        return tr("CAs the server asks for (SHA-1 of the key)");
    }
    if (key == QLatin1String("installed_ca_sha1")) {
        return tr("CAs installed here");
    }
    if (key == QLatin1String("missing_ca_sha1")) {
        return tr("CAs not installed here");
    }
    if (key == QLatin1String("system_time")) {
        return tr("This computer's clock");
    }
    if (key == QLatin1String("role")) {
        return tr("Used as");
    }
    return {};
}

QString CertificateCatalogue::authMethod(AuthMethod m) {
    switch (m) {
    case AuthMethod::MachineCertificate:
        return tr("Computer certificate (IKEv2 or L2TP/IPsec)");
    case AuthMethod::UserCertificate:
        return tr("User certificate (EAP-TLS, smart card)");
    case AuthMethod::PreSharedKey:
        return tr("Pre-shared key");
    case AuthMethod::EapMschapv2:
        return tr("User name and password (EAP-MSCHAPv2)");
    }
    return {};
}

QString CertificateCatalogue::authMethodHelp(AuthMethod m) {
    switch (m) {
    case AuthMethod::MachineCertificate:
        return tr("Needs a computer certificate with its private key and the server's root CA.");
    case AuthMethod::UserCertificate:
        return tr("Needs your certificate with its private key and the server's root CA on the computer.");
    case AuthMethod::PreSharedKey:
        return tr("Needs no certificate.");
    case AuthMethod::EapMschapv2:
        return tr("Needs no certificate of yours, only the server's root CA on the computer.");
    }
    return {};
}

QString CertificateCatalogue::store(CertStore s) {
    switch (s) {
    case CertStore::MachineMy:
        return tr("Computer › Personal");
    case CertStore::UserMy:
        return tr("User › Personal");
    case CertStore::MachineRoot:
        return tr("Computer › Trusted Root Certification Authorities");
    case CertStore::MachineCa:
        return tr("Computer › Intermediate Certification Authorities");
    case CertStore::UserRoot:
        return tr("User › Trusted Root Certification Authorities");
    }
    return {};
}

QString CertificateCatalogue::privateKey(PrivateKeyState s) {
    switch (s) {
    case PrivateKeyState::NotChecked:
        return tr("not checked");
    case PrivateKeyState::None:
        return tr("none");
    case PrivateKeyState::Accessible:
        return tr("present and usable");
    case PrivateKeyState::Inaccessible:
        return tr("present but cannot be opened");
    }
    return {};
}

QString CertificateCatalogue::revocation(RevocationStatus s) {
    switch (s) {
    case RevocationStatus::NotChecked:
        return tr("not checked");
    case RevocationStatus::Good:
        return tr("not revoked");
    case RevocationStatus::Revoked:
        return tr("revoked");
    case RevocationStatus::Unknown:
        return tr("unknown (no revocation information)");
    case RevocationStatus::Offline:
        return tr("unknown (revocation server unreachable)");
    }
    return {};
}

} // namespace ipsecdoctor::app
