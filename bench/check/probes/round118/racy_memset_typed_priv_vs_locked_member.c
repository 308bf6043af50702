/* TRUTH: racy — the resetter memsets the whole struct through a typed pointer from a void* field without the lock, while main increments gq.drops under gq.lock */
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct qstats { long enq; long drops; };
static struct qstats gq;
static pthread_mutex_t gq_lock = PTHREAD_MUTEX_INITIALIZER;

struct reset_job { void *target; };

static void *resetter(void *arg)
{
    struct reset_job *j = arg;
    struct qstats *q = j->target;
    for (int i = 0; i < 20; i++) {
        memset(q, 0, sizeof *q);
        usleep(500);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    static struct reset_job job = { &gq };
    pthread_create(&t, NULL, resetter, &job);
    for (int i = 0; i < 40; i++) {
        pthread_mutex_lock(&gq_lock);
        gq.drops++;
        pthread_mutex_unlock(&gq_lock);
        usleep(250);
    }
    pthread_join(t, NULL);
    printf("%ld\n", gq.drops);
    return 0;
}
