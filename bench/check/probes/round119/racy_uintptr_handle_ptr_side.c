/* TRUTH: racy — the auditor hashes the session bytes through a char * rebuilt from a uintptr_t handle while the login thread bumps cur->uid through the global session pointer */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

struct session {
    uint32_t uid;
    uint32_t logins;
    char user[24];
};

static struct session sessions[2] = { { 1000, 0, "alice" }, { 1001, 0, "bob" } };
static struct session *cur;
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
    cur = &sessions[0];
    handles[0] = (uintptr_t)cur;
    pthread_create(&t, NULL, auditor, &digest);
    for (int i = 0; i < 60; i++) {
        cur->logins++;
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("digest=%08x logins=%u\n", (unsigned)digest, (unsigned)cur->logins);
    return 0;
}
