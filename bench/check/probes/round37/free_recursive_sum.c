/* TRUTH: free — rec() writes total (line 10) recursively, but every worker calls it while holding mutex m (line 22). */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int total;

static void rec(int d)
{
    total += 1;
    if (d > 0)
        rec(d - 1);
}

static void *worker(void *arg)
{
    (void)arg;
    int d = __VERIFIER_nondet_int();
    if (d < 0 || d > 5)
        d = 0;
    pthread_mutex_lock(&m);
    rec(d);
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
    return total;
}
