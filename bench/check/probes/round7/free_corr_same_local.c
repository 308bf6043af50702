/* TRUTH: free. counter is touched only under `if (use_lock)`, and the same unchanged local decided whether the mutex was taken just before. */
#include <pthread.h>
#include <stdio.h>
extern int __VERIFIER_nondet_int(void);
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int counter;

static void *worker(void *arg)
{
    (void)arg;
    int use_lock = __VERIFIER_nondet_int();
    if (use_lock)
        pthread_mutex_lock(&m);
    if (use_lock)
        counter++;
    if (use_lock)
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
    printf("%d\n", counter);
    return 0;
}
