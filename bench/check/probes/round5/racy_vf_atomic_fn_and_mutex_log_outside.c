/* TRUTH: racy - cnt is handled atomically, but log_n += ... is done after pthread_mutex_unlock in both threads */
#include <pthread.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
static int cnt;
static int log_n;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void __VERIFIER_atomic_inc(void) { cnt++; }
int __VERIFIER_atomic_get(void) { return cnt; }
static void *worker(void *arg)
{
    (void)arg;
    __VERIFIER_atomic_inc();
    pthread_mutex_lock(&m);
    pthread_mutex_unlock(&m);
    log_n += __VERIFIER_atomic_get();
    return NULL;
}
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    if (cnt != 2)
        reach_error();
    return 0;
}
