/* TRUTH: race-free - cnt is only touched inside __VERIFIER_atomic_ functions (atomic blocks) and log_n only under the pthread mutex; the two mechanisms guard disjoint variables */
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
    log_n += __VERIFIER_atomic_get();
    pthread_mutex_unlock(&m);
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
