/* TRUTH: race-free. config is written only by the constructor setup(), which runs before main starts any thread; the workers and main only read it. */
#include <pthread.h>
#include <stdio.h>

int config;

__attribute__((constructor)) static void setup(void)
{
    config = 42;
}

static void *worker(void *arg)
{
    (void)arg;
    printf("%d\n", config);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    printf("%d\n", config);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
