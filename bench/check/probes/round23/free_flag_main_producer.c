/* TRUTH: race-free. main fills config after starting the workers and then release-stores go (its only store); each worker reads config only after an acquire load saw go set; main touches config again only after joining. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

atomic_int go;
int config[4];

static void *worker(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&go, memory_order_acquire))
        ;
    int s = 0;
    for (int i = 0; i < 4; i++)
        s += config[i];
    printf("%d\n", s);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    for (int i = 0; i < 4; i++)
        config[i] = i * i;
    atomic_store_explicit(&go, 1, memory_order_release);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    config[0] = 0;
    return 0;
}
