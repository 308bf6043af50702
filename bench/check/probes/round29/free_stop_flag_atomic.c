/* TRUTH: race-free. 'running' is _Atomic; each spinner counts into its own slot (distinct &slots[i]); main reads slots after joining. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <unistd.h>

static atomic_int running = 1;
static long slots[2];

static void *spinner(void *arg)
{
    long *mine = arg;
    while (atomic_load_explicit(&running, memory_order_relaxed))
        (*mine)++;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, spinner, &slots[0]);
    pthread_create(&b, NULL, spinner, &slots[1]);
    usleep(1000);
    atomic_store_explicit(&running, 0, memory_order_relaxed);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld %ld\n", slots[0], slots[1]);
    return 0;
}
