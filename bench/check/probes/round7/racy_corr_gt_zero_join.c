/* TRUTH: racy. created when n != 0 but joined only when n > 0; a negative n leaves the thread running while main reads result. */
#include <pthread.h>
#include <stdio.h>
extern int __VERIFIER_nondet_int(void);
static int result;

static void *job(void *arg)
{
    (void)arg;
    result = 17;
    return NULL;
}

int main(void)
{
    pthread_t t;
    int n = __VERIFIER_nondet_int();
    if (n)
        pthread_create(&t, NULL, job, NULL);
    if (n > 0)
        pthread_join(t, NULL);
    printf("%d\n", result);
    return 0;
}
