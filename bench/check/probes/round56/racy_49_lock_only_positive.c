/* TRUTH: racy — adjust() takes the lock only for positive deltas; thread B passes a negative delta and writes `reserve` unlocked while thread A writes it under the lock; A vs B. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int reserve = 100;

static void adjust(int delta)
{
    if (delta > 0) {
        pthread_mutex_lock(&m);
        reserve += delta;
        pthread_mutex_unlock(&m);
    } else {
        reserve += delta;
    }
}

static void *worker(void *arg)
{
    adjust((int)(long)arg);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)10L);
    pthread_create(&b, NULL, worker, (void *)-3L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", reserve);
    return 0;
}
