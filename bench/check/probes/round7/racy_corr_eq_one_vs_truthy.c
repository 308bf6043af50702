/* TRUTH: racy. the thread is started when mode != 0 but joined only when mode == 1; with mode == 2 main reads result while the thread still writes it. */
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
    int mode = __VERIFIER_nondet_int();
    if (mode)
        pthread_create(&t, NULL, job, NULL);
    if (mode == 1)
        pthread_join(t, NULL);
    printf("%d\n", result);
    return 0;
}
