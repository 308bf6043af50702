/* TRUTH: racy - on iterations where nondet() is non-zero the worker takes a "fast path" that bumps sum without the mutex; both threads may take it */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
void reach_error(void) { abort(); }
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int sum;
static void *worker(void *arg)
{
    (void)arg;
    int k = __VERIFIER_nondet_int();
    for (int i = 0; i < k; i++) {
        if (__VERIFIER_nondet_int()) {
            sum++;
            continue;
        }
        pthread_mutex_lock(&m);
        sum++;
        pthread_mutex_unlock(&m);
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
    if (sum < 0)
        reach_error();
    return 0;
}
