/* TRUTH: racy — when the nondeterministic fast-path flag is set, the thread updates cache_hits without the lock */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int cache_hits;
static void *worker(void *a) {
    int fast = *(int *)a;
    if (fast) {
        cache_hits++;
    } else {
        pthread_mutex_lock(&m);
        cache_hits++;
        pthread_mutex_unlock(&m);
    }
    return NULL;
}
int main(void) {
    int fast1 = __VERIFIER_nondet_int();
    int fast2 = 0;
    pthread_t a, b;
    pthread_create(&a, NULL, worker, &fast1);
    pthread_create(&b, NULL, worker, &fast2);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return cache_hits;
}
