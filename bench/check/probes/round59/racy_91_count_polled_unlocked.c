/* TRUTH: racy — the consumer polls `while (avail == 0)` without holding am, while the producer writes avail under am; the unlocked read and the locked write of avail are unordered. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t am = PTHREAD_MUTEX_INITIALIZER;
static int avail;
static int item;

static void *producer(void *a)
{
    (void)a;
    pthread_mutex_lock(&am);
    item = 88;
    avail = 1;
    pthread_mutex_unlock(&am);
    return NULL;
}

static void *consumer(void *a)
{
    while (avail == 0)
        ;
    pthread_mutex_lock(&am);
    *(int *)a = item;
    avail = 0;
    pthread_mutex_unlock(&am);
    return NULL;
}

int main(void)
{
    int got = 0;
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, &got);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    printf("%d\n", got);
    return 0;
}
