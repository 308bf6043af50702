/* TRUTH: free — a thread reaches x++ (line 14) only after a successful trylock of m (goto retry otherwise), and unlocks after: both threads' increments are under m. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int x;

static void *w(void *arg)
{
    (void)arg;
retry:
    if (pthread_mutex_trylock(&m) != 0)
        goto retry;
    x++;
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, w, NULL);
    pthread_create(&t2, NULL, w, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return x;
}
