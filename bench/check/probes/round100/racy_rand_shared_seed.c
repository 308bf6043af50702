/* TRUTH: racy — both threads pass the address of the same global seed to rand_r, which reads and writes it */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static unsigned seed = 12345;

static void *sampler(void *arg)
{
    long hits = 0;
    (void)arg;
    for (int i = 0; i < 10000; i++) {
        double x = rand_r(&seed) / (double)RAND_MAX;
        double y = rand_r(&seed) / (double)RAND_MAX;
        if (x * x + y * y <= 1.0)
            hits++;
    }
    printf("pi ~ %f\n", 4.0 * hits / 10000);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, sampler, NULL);
    pthread_create(&b, NULL, sampler, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
