#include "sandbox/SandboxCertificate.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace c1 {

namespace {

template <typename T, void (*Free)(T*)> struct Deleter {
    void operator()(T* p) const { Free(p); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, size);
}

QString lastError(const char* step)
{
    char text[256] = {};
    ERR_error_string_n(ERR_get_error(), text, sizeof text);
    return QString::fromLatin1(step) + QStringLiteral(": ") + QString::fromLatin1(text);
}

bool addExtension(X509* cert, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    ExtPtr extension(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return extension && X509_add_ext(cert, extension.get(), -1) == 1;
}

} // namespace

SandboxCertificate SandboxCertificate::generate()
{
    SandboxCertificate result;
    PkeyPtr key(EVP_EC_gen("P-256"));
    if (!key) {
        result.m_error = lastError("EVP_EC_gen");
        return result;
    }
    X509Ptr cert(X509_new());
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f; // positive
    BIGNUM* serialNumber = BN_bin2bn(serial, sizeof serial, nullptr);
    bool ok = cert && serialNumber && X509_set_version(cert.get(), X509_VERSION_3) == 1
        && BN_to_ASN1_INTEGER(serialNumber, X509_get_serialNumber(cert.get())) != nullptr
        && X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600) != nullptr
        && X509_gmtime_adj(X509_getm_notAfter(cert.get()), 365L * 24 * 3600) != nullptr
        && X509_set_pubkey(cert.get(), key.get()) == 1;
    BN_free(serialNumber);
    X509_NAME* name = cert ? X509_get_subject_name(cert.get()) : nullptr;
    ok = ok && name
        && X509_NAME_add_entry_by_txt(
               name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("C1 Console sandbox"), -1, -1, 0)
            == 1
        && X509_NAME_add_entry_by_txt(
               name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("127.0.0.1"), -1, -1, 0)
            == 1
        && X509_set_issuer_name(cert.get(), name) == 1
        && addExtension(cert.get(), NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
        && addExtension(cert.get(), NID_key_usage, "critical,digitalSignature,keyCertSign")
        && addExtension(cert.get(), NID_ext_key_usage, "serverAuth")
        && addExtension(cert.get(), NID_subject_key_identifier, "hash")
        && addExtension(cert.get(), NID_subject_alt_name, "IP:127.0.0.1,IP:::1,DNS:localhost")
        && X509_sign(cert.get(), key.get(), EVP_sha256()) > 0;
    if (!ok) {
        result.m_error = lastError("X509");
        return result;
    }
    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509(certBio.get(), cert.get()) != 1
        || PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        result.m_error = lastError("PEM");
        return result;
    }
    result.m_certificatePem = bioBytes(certBio.get());
    result.m_privateKeyPem = bioBytes(keyBio.get());
    return result;
}

} // namespace c1
