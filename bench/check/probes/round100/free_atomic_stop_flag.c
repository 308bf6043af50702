/* TRUTH: free — stop is atomic_bool; iterations is private to the worker until join */
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <unistd.h>

static atomic_bool stop;

static void *spin(void *arg)
{
    long *iterations = arg;
    while (!atomic_load(&stop))
        (*iterations)++;
    return NULL;
}

int main(void)
{
    pthread_t t;
    long iterations = 0;
    pthread_create(&t, NULL, spin, &iterations);
    usleep(10000);
    atomic_store(&stop, true);
    pthread_join(t, NULL);
    printf("%ld iterations\n", iterations);
    return 0;
}
