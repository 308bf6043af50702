/* TRUTH: race-free. Both threads get 1; producer writes cells[1].head, consumer writes cells[1].tail: different fields of one element. */
#include <pthread.h>
#include <stdio.h>

struct cell { int head; int tail; };
static struct cell cells[3];

static void *producer(void *arg)
{
    long i = (long)arg;
    cells[i].head = 5;
    return NULL;
}

static void *consumer(void *arg)
{
    long i = (long)arg;
    cells[i].tail = 6;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, producer, (void *)1L);
    pthread_create(&b, NULL, consumer, (void *)1L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", cells[1].head, cells[1].tail);
    return 0;
}
