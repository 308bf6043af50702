/* TRUTH: racy — t2 joins t1 only when a nondet value is nonzero; otherwise its x = 2 (line 20) is unordered with t1's x = 1 (line 11). */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);

static pthread_t t1;
static int x;

static void *first(void *arg)
{
    (void)arg;
    x = 1;
    return NULL;
}

static void *second(void *arg)
{
    (void)arg;
    if (__VERIFIER_nondet_int())
        pthread_join(t1, NULL);
    x = 2;
    return NULL;
}

int main(void)
{
    pthread_t t2;
    pthread_create(&t1, NULL, first, NULL);
    pthread_create(&t2, NULL, second, NULL);
    pthread_join(t2, NULL);
    return 0;
}
