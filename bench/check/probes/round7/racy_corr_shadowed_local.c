/* TRUTH: racy. the inner block declares a new `use_lock` with its own nondet value, so the counter update may run without the mutex the outer `use_lock` took. */
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
    {
        int use_lock = __VERIFIER_nondet_int();
        if (use_lock)
            counter++;
    }
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
