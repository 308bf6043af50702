/* TRUTH: racy — the rekey thread scrambles s->key byte-wise (s from a void * field) while the stats loop takes whole-struct snapshots (snap = gs) */
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

struct rekey_job { void *target; };

static struct session gs = { 1, { { 0 } }, 3600 };

static void scramble(void *p, size_t n, uint8_t salt)
{
    uint8_t *b = p;
    for (size_t i = 0; i < n; i++)
        b[i] = (uint8_t)(b[i] * 31u + salt);
}

static void *rekey_thread(void *arg)
{
    struct rekey_job *job = arg;
    struct session *s = job->target;
    for (int i = 0; i < 60; i++) {
        scramble(&s->key, sizeof s->key, (uint8_t)i);
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    static struct rekey_job job;
    uint64_t acc = 0;
    job.target = &gs;
    pthread_create(&t, NULL, rekey_thread, &job);
    for (int i = 0; i < 60; i++) {
        struct session snap = gs;
        acc += snap.expires + snap.key.b[0];
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("acc=%llu\n", (unsigned long long)acc);
    return 0;
}
