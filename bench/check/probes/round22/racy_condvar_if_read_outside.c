/* TRUTH: racy. The consumer checks the predicate with `if`, not `while`, and reads `value` after unlocking. On a spurious wakeup (allowed by POSIX) it returns from pthread_cond_wait with ready == 0, unlocks, and reads value while the producer, now holding m, writes value: unordered read/write. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int ready;
static int value;

static void *producer(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    value = 17;
    ready = 1;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    if (!ready)
        pthread_cond_wait(&cv, &m);
    pthread_mutex_unlock(&m);
    printf("%d\n", value); /* unlocked read */
    return NULL;
}

int main(void)
{
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
