/* TRUTH: race-free. The scoped lock is taken once per call; 'goto again' jumps to a label inside its scope (after the declaration), so it stays held; all accesses to pending/total run under it. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t lk = PTHREAD_MUTEX_INITIALIZER;
static int pending = 6, total;

static void release(pthread_mutex_t **pm) { pthread_mutex_unlock(*pm); }

static void consume(void)
{
    pthread_mutex_t *held __attribute__((cleanup(release))) = &lk;
    pthread_mutex_lock(held);
again:
    if (pending > 0) {
        pending--;
        total++;
        if (pending % 2)
            goto again;
    }
    total += 10;
}

static void *worker(void *arg)
{
    (void)arg;
    consume();
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", pending, total);
    return 0;
}
