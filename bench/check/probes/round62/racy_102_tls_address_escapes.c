/* TRUTH: racy — the worker publishes &mine (its __thread variable) under m and then writes mine; main, after reading pub under m, writes *p; both writes come before the barrier both later pass, so they are unordered (the barrier keeps the worker, and its TLS, alive) */
#include <pthread.h>
#include <sched.h>
static __thread int mine;
static int *pub;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_barrier_t bar;
static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    pub = &mine;
    pthread_mutex_unlock(&m);
    mine = 7;
    pthread_barrier_wait(&bar);
    return NULL;
}
int main(void)
{
    pthread_t t;
    int *p = NULL;
    pthread_barrier_init(&bar, NULL, 2);
    pthread_create(&t, NULL, worker, NULL);
    while (!p) {
        pthread_mutex_lock(&m);
        p = pub;
        pthread_mutex_unlock(&m);
        sched_yield();
    }
    *p = 3;
    pthread_barrier_wait(&bar);
    pthread_join(t, NULL);
    return 0;
}
