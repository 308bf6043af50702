/* TRUTH: racy. the lock is taken only when `a` holds but the update runs when `a || b`, i.e. also unlocked when only b holds. */
#include <pthread.h>
#include <stdio.h>
extern int __VERIFIER_nondet_int(void);
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int msgs;

static void *worker(void *arg)
{
    (void)arg;
    int a = __VERIFIER_nondet_int();
    int b = __VERIFIER_nondet_int();
    if (a)
        pthread_mutex_lock(&m);
    if (a || b)
        msgs++;
    if (a)
        pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, worker, NULL);
    pthread_create(&t2, NULL, worker, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%d\n", msgs);
    return 0;
}
