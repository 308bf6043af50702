/* TRUTH: racy - main reads result before pthread_join while the thread writes it */
#include <pthread.h>
#include <stdio.h>
static long result;
static void *compute(void *arg)
{
    (void)arg;
    result = 12345;
    pthread_exit(&result);
}
int main(void)
{
    pthread_t t;
    void *ret;
    pthread_create(&t, NULL, compute, NULL);
    printf("%ld\n", result);
    pthread_join(t, &ret);
    return 0;
}
