/* TRUTH: racy. tick() longjmps out of the wait loop after 1000 spins; the consumer then reads data without having seen ready, concurrently with the producer's data = 42. */
#include <pthread.h>
#include <sched.h>
#include <setjmp.h>
#include <stdatomic.h>
#include <stdio.h>

atomic_int ready;
int data;
static jmp_buf env;

static void tick(int *spins)
{
    if (++*spins > 1000)
        longjmp(env, 1); /* give up */
    sched_yield();
}

static void *producer(void *arg)
{
    (void)arg;
    data = 42;
    atomic_store_explicit(&ready, 1, memory_order_release);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    int spins = 0;
    if (setjmp(env) == 0) {
        while (!atomic_load_explicit(&ready, memory_order_acquire))
            tick(&spins);
    }
    printf("%d\n", data);
    return NULL;
}

int main(void)
{
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
