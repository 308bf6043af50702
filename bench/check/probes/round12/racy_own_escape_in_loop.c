// racy: the producer writes g->a in a loop; at the end of the first iteration g is published (locked global), the next iteration's write races with the consumer.
#include <pthread.h>
#include <stdlib.h>
struct msg { int a; };
static struct msg *box;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *producer(void *x)
{
    (void)x;
    struct msg *g = malloc(sizeof *g);
    if (!g)
        return NULL;
    for (int k = 0; k < 3; k++) {
        g->a = k;
        pthread_mutex_lock(&m);
        box = g;
        pthread_mutex_unlock(&m);
    }
    return NULL;
}
static void *consumer(void *x)
{
    (void)x;
    int v = 0;
    pthread_mutex_lock(&m);
    if (box)
        v = box->a;
    pthread_mutex_unlock(&m);
    return (void *)(long)v;
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
