/* TRUTH: racy. The two contexts carry pointers to different mutexes, yet both guard the same counter. */
#include <pthread.h>

typedef struct {
    pthread_mutex_t *lk;
    long *counter;
} ctx_t;

static pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t m2 = PTHREAD_MUTEX_INITIALIZER;
static long counter;

static void *worker(void *arg)
{
    ctx_t *c = arg;
    for (int i = 0; i < 100; i++) {
        pthread_mutex_lock(c->lk);
        (*c->counter)++;
        pthread_mutex_unlock(c->lk);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    ctx_t ca = { &m1, &counter };
    ctx_t cb = { &m2, &counter };
    (void)m2;
    pthread_create(&a, NULL, worker, &ca);
    pthread_create(&b, NULL, worker, &cb);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return counter != 200;
}
