/* TRUTH: race-free. publish() does a release fence then the relaxed store of ready (called once, by writer, after it filled vec); wait_ready() spins on relaxed loads and then does an acquire fence: fence-to-fence synchronization orders vec's writes before reader's reads. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

int vec[3];
atomic_int ready;

static void publish(void)
{
    atomic_thread_fence(memory_order_release);
    atomic_store_explicit(&ready, 1, memory_order_relaxed);
}

static void wait_ready(void)
{
    while (!atomic_load_explicit(&ready, memory_order_relaxed))
        ;
    atomic_thread_fence(memory_order_acquire);
}

void *writer(void *arg)
{
    (void)arg;
    vec[0] = 1;
    vec[1] = 2;
    vec[2] = 3;
    publish();
    return NULL;
}

void *reader(void *arg)
{
    (void)arg;
    wait_ready();
    printf("%d\n", vec[0] + vec[1] + vec[2]);
    return NULL;
}

int main(void)
{
    pthread_t r, w;
    pthread_create(&r, NULL, reader, NULL);
    pthread_create(&w, NULL, writer, NULL);
    pthread_join(r, NULL);
    pthread_join(w, NULL);
    return 0;
}
