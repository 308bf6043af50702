/* TRUTH: racy. The flag is stored and loaded with relaxed ordering, which creates no happens-before, so payload write and read race. */
#include <pthread.h>
#include <stdio.h>

typedef struct { int a, b; } msg_t;
static msg_t payload;
static int ready;

static void *producer(void *arg)
{
    (void)arg;
    payload.a = 1;
    payload.b = 2;
    __atomic_store_n(&ready, 1, __ATOMIC_RELAXED);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    while (!__atomic_load_n(&ready, __ATOMIC_RELAXED))
        ;
    printf("%d\n", payload.a + payload.b);
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
