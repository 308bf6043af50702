/* TRUTH: racy — producer sets flag and signals, unlocks, then writes detail in a SECOND critical section; consumer, after waking, reads detail WITHOUT holding the lock; the second-section write and the unlocked read are unordered. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t c = PTHREAD_COND_INITIALIZER;
static int flag;
static int detail;

static void *producer(void *a)
{
    (void)a;
    pthread_mutex_lock(&m);
    flag = 1;
    pthread_cond_signal(&c);
    pthread_mutex_unlock(&m);

    pthread_mutex_lock(&m);
    detail = 17;
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *consumer(void *a)
{
    (void)a;
    pthread_mutex_lock(&m);
    while (!flag)
        pthread_cond_wait(&c, &m);
    pthread_mutex_unlock(&m);
    printf("%d\n", detail);
    return NULL;
}

int main(void)
{
    pthread_t p, q;
    pthread_create(&q, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(q, NULL);
    return 0;
}
