/* TRUTH: free. Thread B is created only after thread A has been joined, so A's writes to phase happen-before B's. */
#include <pthread.h>
#include <stdio.h>

static int phase;

static void *step(void *arg)
{
    int inc = *(int *)arg;
    phase += inc;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    int one = 1, two = 2;
    pthread_create(&a, NULL, step, &one);
    pthread_join(a, NULL);
    pthread_create(&b, NULL, step, &two);
    pthread_join(b, NULL);
    printf("%d\n", phase);
    return 0;
}
