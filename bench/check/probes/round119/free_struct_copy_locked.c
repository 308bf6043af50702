/* TRUTH: free — main's whole-struct install (gs = fresh) and the verifier's byte-wise checksum of s->key both run under sess_lock */
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
static pthread_mutex_t sess_lock = PTHREAD_MUTEX_INITIALIZER;

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
        pthread_mutex_lock(&sess_lock);
        v->sum ^= checksum(&s->key, sizeof s->key);
        pthread_mutex_unlock(&sess_lock);
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    static struct verifier v;
    v.ctx = &gs;
    pthread_create(&t, NULL, verify_thread, &v);
    for (int i = 0; i < 60; i++) {
        struct session fresh = { (uint32_t)i, { { (uint8_t)i, 1, 2, 3 } }, 3600 };
        pthread_mutex_lock(&sess_lock);
        gs = fresh;
        pthread_mutex_unlock(&sess_lock);
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("sum=%08x\n", (unsigned)v.sum);
    return 0;
}
