/* TRUTH: free — gs is written only before pthread_create; the stats loop's whole-struct snapshot (snap = gs) and the verifier's byte-wise checksum of s->key are both reads */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

struct sess_key { uint8_t b[16]; };

struct session {
    uint32_t id;
    struct sess_key key;
    uint64_t expires;
};

struct verifier { void *ctx; uint32_t sum; };

static struct session gs;

static uint32_t checksum(const void *p, size_t n)
{
    const uint8_t *b = p;
    uint32_t s = 0;
    for (size_t i = 0; i < n; i++)
        s = (s << 1 | s >> 31) ^ b[i];
    return s;
}

static void *verify_thread(void *arg)
{
    struct verifier *v = arg;
    struct session *s = v->ctx;
    for (int i = 0; i < 60; i++) {
        v->sum ^= checksum(&s->key, sizeof s->key);
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    static struct verifier v;
    uint64_t acc = 0;
    gs = (struct session){ 9, { { 1, 2, 3, 4 } }, 3600 };
    v.ctx = &gs;
    pthread_create(&t, NULL, verify_thread, &v);
    for (int i = 0; i < 60; i++) {
        struct session snap = gs;
        acc += snap.expires + snap.key.b[i % 16];
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("sum=%08x acc=%llu\n", (unsigned)v.sum, (unsigned long long)acc);
    return 0;
}
