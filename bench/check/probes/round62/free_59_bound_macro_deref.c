/* TRUTH: free — PENDING expands to (*dp), dp = &pending; the loop test i < i + PENDING holds while pending > 0 (read under m); main writes table then clears pending under m, so the worker's read of table after the loop follows the write */
#include <pthread.h>
#include <sched.h>
#define PENDING (*dp)
static int pending = 1;
static int table[8];
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *worker(void *arg)
{
    int *dp = &pending;
    (void)arg;
    pthread_mutex_lock(&m);
    for (long i = 0; i < i + PENDING; i++) {
        pthread_mutex_unlock(&m);
        sched_yield();
        pthread_mutex_lock(&m);
    }
    pthread_mutex_unlock(&m);
    return (void *)(long)table[3];
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    table[3] = 4;
    pthread_mutex_lock(&m);
    pending = 0;
    pthread_mutex_unlock(&m);
    pthread_join(t, NULL);
    return 0;
}
