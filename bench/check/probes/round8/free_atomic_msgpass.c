/* TRUTH: free. The flag is stored with release and loaded with acquire, so the payload write happens-before the payload read. */
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
    __atomic_store_n(&ready, 1, __ATOMIC_RELEASE);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    while (!__atomic_load_n(&ready, __ATOMIC_ACQUIRE))
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
