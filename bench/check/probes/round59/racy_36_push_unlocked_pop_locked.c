/* TRUTH: racy — the producer thread pushes onto top without taking stack_mtx (reads and writes top), while the consumer pops under stack_mtx (reads and writes top); the accesses to top are unordered. */
#include <pthread.h>
#include <stdlib.h>

typedef struct elem {
    int v;
    struct elem *below;
} elem;

elem *top;
pthread_mutex_t stack_mtx = PTHREAD_MUTEX_INITIALIZER;

void *producer(void *arg)
{
    for (int i = 0; i < 5; i++) {
        elem *e = malloc(sizeof(elem));
        if (!e)
            return arg;
        e->v = i;
        e->below = top;
        top = e;
    }
    return arg;
}

void *consumer(void *arg)
{
    for (int i = 0; i < 5; i++) {
        pthread_mutex_lock(&stack_mtx);
        elem *e = top;
        if (e)
            top = e->below;
        pthread_mutex_unlock(&stack_mtx);
        free(e);
    }
    return arg;
}

int main(void)
{
    pthread_t p, c;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&c, NULL, consumer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
