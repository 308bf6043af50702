/* TRUTH: racy — the cleanup routine writes g at pthread_exit, after the release store of 'ready' that main waits for (0 other flags in the program) */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <unistd.h>
atomic_int ready;
int g;
void unused(void)
{
}
static void cleanup(void *a) { (void)a; usleep(1000); g = 1; }
static void *T(void *a)
{
    (void)a;
    pthread_cleanup_push(cleanup, NULL);
    atomic_store_explicit(&ready, 1, memory_order_release);
    pthread_exit(NULL);
    pthread_cleanup_pop(0);
    return NULL;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, T, NULL);
    while (!atomic_load_explicit(&ready, memory_order_acquire))
        ;
    printf("%d\n", g);
    pthread_join(t, NULL);
    return 0;
}
