/* TRUTH: free — workers add to total under m (line 16); main's check that calls reach_error (line 30) reads total after the join loop over all n threads. */
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
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
    if (total != 2 * n)
        reach_error();
    return 0;
}
