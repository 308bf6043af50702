/* TRUTH: racy. The scoped lock lives in the loop body; 'continue' leaves the body (the cleanup unlocks) and the for increment 'rounds++' runs unlocked in both threads. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t lk = PTHREAD_MUTEX_INITIALIZER;
static int items[8];
static int rounds;

static void release(pthread_mutex_t **pm) { pthread_mutex_unlock(*pm); }

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 8; i++, rounds++) {
        pthread_mutex_t *held __attribute__((cleanup(release))) = &lk;
        pthread_mutex_lock(held);
        if (items[i] == 0)
            continue;
        items[i]--;
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", rounds);
    return 0;
}
