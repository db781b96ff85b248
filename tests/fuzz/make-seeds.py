#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets (tests/fuzz/corpus/<target>/seed-*) from the auth vectors
(tests/data/auth-vectors.json) and the response examples of the seed pages (../shared/seeds, when present).
Run it again after changing it; libFuzzer's own finds are committed next to the seeds as crash-*/regress-*."""
import base64, json, os, re, struct, sys

root = os.path.dirname(os.path.abspath(__file__))
vectors = json.load(open(os.path.join(root, '..', 'data', 'auth-vectors.json')))
seeds_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, '..', '..', '..', '..', 'shared', 'seeds')


def b64u(data):
    return base64.urlsafe_b64encode(data).rstrip(b'=').decode()


def secret_of(jwk):
    return 'secret-token:conductorone.com:v1:' + b64u(json.dumps(jwk, separators=(',', ':')).encode())


def write(target, name, data):
    folder = os.path.join(root, 'corpus', target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, 'seed-' + name), 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode())


jwk = vectors['key']['jwk']
cid, secret = vectors['client_id'], vectors['client_secret']

# fuzz_clientcredentials: "<client id>\n<secret>"
t = 'fuzz_clientcredentials'
write(t, 'vector', f'{cid}\n{secret}')
write(t, 'vector-padded-std', f' {cid} \n{secret.replace("-", "+").replace("_", "/")}==\n')
write(t, 'with-kid', f'{cid}\n' + secret_of(dict(jwk, kid='key-1')))
write(t, 'no-x', f'{cid}\n' + secret_of({k: v for k, v in jwk.items() if k != 'x'}))
write(t, 'ipv6-port', f'robot@[::1]:8443/pcc\n{secret}')
write(t, 'loopback-port', f'sandbox-admin@127.0.0.1:8443/pcc\n{secret}')
for i, case in enumerate(vectors['client_id_to_host']):
    write(t, f'host-{i}', f'{case["client_id"]}\n{secret}')
for i, case in enumerate(vectors['invalid_secrets']):
    write(t, f'bad-secret-{i}', f'{cid}\n{case["secret"]}')

# fuzz_jwtassertion: 8 bytes of seconds, then "<client id>\n<kid>\n<nonce>\n<header>\n<payload>"
t = 'fuzz_jwtassertion'
now = struct.pack('<q', 1700000000 + 62135596800)
jwt = vectors['jwt']
write(t, 'vector', now + f'{cid}\n\n000102030405060708090a0b0c0d0e0f\n{jwt["header_json"]}\n{jwt["payload_json"]}'.encode())
write(t, 'kid-random-nonce', now + f'{cid}\nkey-1\n\n{{}}\n{{"a":1}}'.encode())
write(t, 'odd-id', now + 'we"ird\\name\u00e9@acme.conductor.one/pcc\nk"i\\d\n\x01\x7f\xff\n\n'.encode())

# fuzz_sandboxauth: mode '0' raw form, '1' assertion, '2' header\nclaims (signed by the registered key)
t = 'fuzz_sandboxauth'
sid = 'fuzz-client@127.0.0.1:8443/pcc'
claims = {'iss': sid, 'sub': sid, 'aud': ['127.0.0.1'], 'exp': 1700000120, 'nbf': 1699999880, 'iat': 1700000000}
header = {'alg': 'EdDSA', 'nonce': '000102030405060708090a0b0c0d0e0f'}
dump = lambda o: json.dumps(o, separators=(',', ':'))
write(t, 'signed-valid', '2' + dump(header) + '\n' + dump(claims))
write(t, 'signed-aud-string', '2' + dump(header) + '\n' + dump(dict(claims, aud='127.0.0.1')))
write(t, 'signed-nonce-in-claims', '2' + dump({'alg': 'EdDSA'}) + '\n' + dump(dict(claims, nonce='abc')))
write(t, 'signed-expired', '2' + dump(header) + '\n' + dump(dict(claims, exp=1600000000)))
write(t, 'signed-wrong-alg', '2' + dump(dict(header, alg='none')) + '\n' + dump(claims))
write(t, 'signed-no-exp', '2' + dump(header) + '\n' + dump({k: v for k, v in claims.items() if k != 'exp'}))
write(t, 'assertion-vector', '1' + vectors['token_request_form']['client_assertion'])
write(t, 'assertion-empty-parts', '1..')
form = '&'.join(f'{k}={v}' for k, v in vectors['token_request_form'].items())
write(t, 'form-vector', '0' + form)
write(t, 'form-plus-spaces', '0grant_type=client+credentials&client_id=a+b&client_assertion=x.y.z')

# fuzz_typesjson: mode digit + JSON (or a timestamp / Retry-After text)
t = 'fuzz_typesjson'
modes = {'app': '0', 'appResource': '2', 'appEntitlement': '3', 'user': '4'}
if os.path.isdir(seeds_dir):
    for page in sorted(os.listdir(seeds_dir)):
        text = open(os.path.join(seeds_dir, page)).read()
        match = re.search(r'^\{\n.*?^\}$', text, re.S | re.M)
        if not match:
            continue
        body = json.loads(match.group(0))
        for key, value in body.items():
            if key in modes and isinstance(value, dict):
                write(t, f'{page[:3]}-{key}', modes[key] + json.dumps(value, indent=1))
            if key in ('appOwnerEntitlement', 'appResourceOwnerEntitlement'):
                write(t, f'{page[:3]}-{key}', '7' + json.dumps(value, indent=1))
            if key in ('appOwnerUser', 'appResourceOwnerUser'):
                write(t, f'{page[:3]}-{key}', '6' + json.dumps(value, indent=1))
write(t, 'app-tolerant', '0' + dump({'id': '2Xq1bL0fzAppId0000000000000', 'displayName': None, 'userCount': '123',
                                     'monthlyCostUsd': 12, 'connectorVersion': 3, 'isDirectory': 'true',
                                     'annotations': {'team': 'core', 'n': 1, 'b': True, 'x': None},
                                     'createdAt': '2023-11-07T05:31:56.123456Z', 'updatedAt': '2024-02-29T23:59:60+01:30',
                                     'accessModel': 'SOMETHING_NEW'}))
write(t, 'resource-type', '1' + dump({'id': 'T1', 'appId': 'A1', 'displayName': 'Role', 'traitIds': ['a', None, 3]}))
write(t, 'user', '4' + dump({'id': 'U1', 'emails': ['a@b.c', 7], 'status': 'ENABLED', 'managerIds': None,
                              'createdAt': '2023-11-07t05:31:56z'}))
write(t, 'introspect', '5' + dump({'userId': 'U1', 'tenantId': 'T', 'roles': ['r'], 'permissions': []}))
write(t, 'owner-user', '6' + dump({'appId': 'A', 'roleSlug': 'primary', 'user': {'id': 'U1', 'displayName': 'Ann'},
                                    'createdAt': '2023-11-07T05:31:56Z'}))
write(t, 'owner-userref', '6' + dump({'roleSlug': 'primary', 'userRef': {'id': 'U2'}}))
write(t, 'owner-entitlement', '7' + dump({'appId': 'A', 'resourceTypeId': 'T', 'resourceId': 'R', 'roleSlug': 's',
                                          'appEntitlementRef': {'appId': 'A', 'id': 'E'}}))
for i, text in enumerate(['2023-11-07T05:31:56Z', '2023-11-07 05:31:56.5-08:00', '1999-12-31T23:59:60.999+14:00',
                          '0001-01-01T00:00:00Z', '9999-12-31T23:59:59.999999999-23:59']):
    write(t, f'time-{i}', '8' + text)
for i, text in enumerate(['120', ' 0 ', '99999999999', 'Wed, 21 Oct 2015 07:28:00 GMT',
                          'Wednesday, 21-Oct-15 07:28:00 GMT', 'Wed Oct  1 07:28:00 2015']):
    write(t, f'retry-after-{i}', '9' + text)
