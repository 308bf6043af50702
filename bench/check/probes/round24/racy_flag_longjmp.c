/* TRUTH: racy. The producer stores ready (release) and then longjmps back, where the else branch writes payload = 2: that write comes after the release store, so the consumer's read of payload after seeing ready races with it. */
#include <pthread.h>
#include <setjmp.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int ready;
static int payload;

static void *producer(void *arg)
{
    (void)arg;
    jmp_buf env;
    payload = 1;
    if (!setjmp(env)) {
        atomic_store_explicit(&ready, 1, memory_order_release);
        longjmp(env, 1);
    } else {
        payload = 2;
    }
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&ready, memory_order_acquire))
        ;
    printf("%d\n", payload);
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
