/* TRUTH: racy — the auditor reads the session through a signed char * (int8_t *) rebuilt from a uintptr_t handle while the login thread rewrites sess.uid */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

struct session {
    uint32_t uid;
    uint32_t gid;
};

static struct session sess = { 1000, 100 };
static uintptr_t handles[4];

static int audit_sum(uintptr_t h, size_t n)
{
    const int8_t *p = (const int8_t *)h;
    int s = 0;
    for (size_t i = 0; i < n; i++)
        s += p[i];
    return s;
}

static void *auditor(void *arg)
{
    int *out = arg;
    for (int i = 0; i < 60; i++) {
        *out += audit_sum(handles[1], sizeof(struct session));
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    static int sum;
    handles[1] = (uintptr_t)&sess;
    pthread_create(&t, NULL, auditor, &sum);
    for (int i = 0; i < 60; i++) {
        sess.uid = (uint32_t)(1000 + i);
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("sum=%d\n", sum);
    return 0;
}
