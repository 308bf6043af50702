/* TRUTH: race-free - each thread loops a nondeterministic number of times, every iteration updating sum under m; reach_error is checked after both joins */
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
