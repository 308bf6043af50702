/* TRUTH: racy — put_slot(&a[j]) releases slot j's lock, but the worker writes a[j].val afterwards, racing with main's write under a[j].lock */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define N 4
struct slot { pthread_mutex_t lock; long val; };
static struct slot a[N];

static void put_slot(struct slot *s)
{
    pthread_mutex_unlock(&s->lock);
}

static void *worker(void *arg)
{
    long i = (long)arg;
    long j = (i + 1) % N;
    pthread_mutex_lock(&a[i].lock);
    pthread_mutex_lock(&a[j].lock);
    a[i].val++;
    put_slot(&a[j]);
    usleep(1000);
    a[j].val++;                 /* j's lock already dropped */
    pthread_mutex_unlock(&a[i].lock);
    return NULL;
}

int main(void)
{
    pthread_t t;
    long i;
    for (i = 0; i < N; i++)
        pthread_mutex_init(&a[i].lock, NULL);
    pthread_create(&t, NULL, worker, (void *)0);
    usleep(2000);
    pthread_mutex_lock(&a[1].lock);
    a[1].val++;
    pthread_mutex_unlock(&a[1].lock);
    pthread_join(t, NULL);
    printf("%ld\n", a[1].val);
    return 0;
}
