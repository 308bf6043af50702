/* TRUTH: racy. the lock is taken only when both `on` and `strict` hold, but the update runs whenever `on` holds. */
#include <pthread.h>
#include <stdio.h>
extern int __VERIFIER_nondet_int(void);
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int updates;

static void *worker(void *arg)
{
    (void)arg;
    int on = __VERIFIER_nondet_int();
    int strict = __VERIFIER_nondet_int();
    if (on) {
        if (strict)
            pthread_mutex_lock(&m);
    }
    if (on)
        updates++;
    if (on && strict)
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
    printf("%d\n", updates);
    return 0;
}
