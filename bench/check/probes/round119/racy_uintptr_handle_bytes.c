/* TRUTH: racy — the auditor rebuilds an unsigned char * from a uintptr_t handle and reads the session bytes while the login thread rewrites sess.user */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct session {
    uint32_t uid;
    char user[24];
};

static struct session sess = { 1000, "alice" };
static uintptr_t handles[4];

static uint32_t audit_hash(uintptr_t h, size_t n)
{
    const unsigned char *p = (const unsigned char *)h;
    uint32_t x = 2166136261u;
    for (size_t i = 0; i < n; i++)
        x = (x ^ p[i]) * 16777619u;
    return x;
}

static void *auditor(void *arg)
{
    uint32_t *out = arg;
    for (int i = 0; i < 60; i++) {
        *out ^= audit_hash(handles[0], sizeof(struct session));
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    static uint32_t digest;
    handles[0] = (uintptr_t)&sess;
    pthread_create(&t, NULL, auditor, &digest);
    for (int i = 0; i < 60; i++) {
        sess.user[0] = (i & 1) ? 'a' : 'b';
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("digest=%08x\n", (unsigned)digest);
    return 0;
}
