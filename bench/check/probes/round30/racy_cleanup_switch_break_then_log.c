/* TRUTH: racy. The scoped lock is declared inside the case block; 'break' leaves the switch and its cleanup unlocks; 'log_count++' after the switch runs unlocked in both threads. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t lk = PTHREAD_MUTEX_INITIALIZER;
static int state, log_count;

static void release(pthread_mutex_t **pm) { pthread_mutex_unlock(*pm); }

static void step(int op)
{
    switch (op) {
    case 1: {
        pthread_mutex_t *held __attribute__((cleanup(release))) = &lk;
        pthread_mutex_lock(held);
        state++;
        break;
    }
    default:
        break;
    }
    log_count++;
}

static void *worker(void *arg)
{
    (void)arg;
    step(1);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", state, log_count);
    return 0;
}
