/* TRUTH: racy — the lock is released before a[k]++ (line 16); both threads may pick the same k. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int a[8];

static void *w(void *arg)
{
    (void)arg;
    int k = __VERIFIER_nondet_int();
    if (k < 0 || k > 7)
        return NULL;
    pthread_mutex_lock(&m);
    pthread_mutex_unlock(&m);
    a[k]++;
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, w, NULL);
    pthread_create(&t2, NULL, w, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return a[3];
}
