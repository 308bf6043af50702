/* TRUTH: racy — main's check reads total (line 28) without the mutex between the create and join loops, while workers write it (line 16); the lock on one side only does not order them. */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);

static void reach_error(void) { abort(); }

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int total;

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    total = total + 2;
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    int n = __VERIFIER_nondet_int();
    __VERIFIER_assume(n >= 1 && n <= 6);
    pthread_t t[6];
    for (int i = 0; i < n; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    if (total > 2 * n)
        reach_error();
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
    return 0;
}
