/* TRUTH: free — the auditor hashes the session through a char * rebuilt from a uintptr_t handle, but both it and the login thread hold sess_lock */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

struct session {
    uint32_t uid;
    char user[24];
};

static struct session sess = { 1000, "alice" };
static pthread_mutex_t sess_lock = PTHREAD_MUTEX_INITIALIZER;
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
        pthread_mutex_lock(&sess_lock);
        *out ^= audit_hash(handles[0], sizeof(struct session));
        pthread_mutex_unlock(&sess_lock);
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
        pthread_mutex_lock(&sess_lock);
        sess.user[0] = (i & 1) ? 'a' : 'b';
        pthread_mutex_unlock(&sess_lock);
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("digest=%08x\n", (unsigned)digest);
    return 0;
}
