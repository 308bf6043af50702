/* TRUTH: free. the thread is started and joined under the same test of an unchanged local, so main's read after the second `if` follows the join whenever the thread exists. */
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
    if (mode != 0)
        pthread_create(&t, NULL, job, NULL);
    if (mode != 0)
        pthread_join(t, NULL);
    printf("%d\n", result);
    return 0;
}
