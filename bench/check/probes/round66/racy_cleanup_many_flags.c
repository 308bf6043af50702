/* TRUTH: racy — the cleanup routine writes g at pthread_exit, after the release store of 'ready' that main waits for (20 other flags in the program) */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <unistd.h>
atomic_int d0;
atomic_int d1;
atomic_int d2;
atomic_int d3;
atomic_int d4;
atomic_int d5;
atomic_int d6;
atomic_int d7;
atomic_int d8;
atomic_int d9;
atomic_int d10;
atomic_int d11;
atomic_int d12;
atomic_int d13;
atomic_int d14;
atomic_int d15;
atomic_int d16;
atomic_int d17;
atomic_int d18;
atomic_int d19;
atomic_int ready;
int g;
void unused(void)
{
    while (!atomic_load_explicit(&d0, memory_order_acquire))
        ;
    while (!atomic_load_explicit(&d1, memory_order_acquire))
        ;
    while (!atomic_load_explicit(&d2, memory_order_acquire))
        ;
    while (!atomic_load_explicit(&d3, memory_order_acquire))
        ;
    while (!atomic_load_explicit(&d4, memory_order_acquire))
        ;
    while (!atomic_load_explicit(&d5, memory_order_acquire))
        ;
    while (!atomic_load_explicit(&d6, memory_order_acquire))
        ;
    while (!atomic_load_explicit(&d7, memory_order_acquire))
        ;
    while (!atomic_load_explicit(&d8, memory_order_acquire))
        ;
    while (!atomic_load_explicit(&d9, memory_order_acquire))
        ;
    while (!atomic_load_explicit(&d10, memory_order_acquire))
        ;
    while (!atomic_load_explicit(&d11, memory_order_acquire))
        ;
    while (!atomic_load_explicit(&d12, memory_order_acquire))
        ;
    while (!atomic_load_explicit(&d13, memory_order_acquire))
        ;
    while (!atomic_load_explicit(&d14, memory_order_acquire))
        ;
    while (!atomic_load_explicit(&d15, memory_order_acquire))
        ;
    while (!atomic_load_explicit(&d16, memory_order_acquire))
        ;
    while (!atomic_load_explicit(&d17, memory_order_acquire))
        ;
    while (!atomic_load_explicit(&d18, memory_order_acquire))
        ;
    while (!atomic_load_explicit(&d19, memory_order_acquire))
        ;
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
