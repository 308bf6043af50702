/* TRUTH: racy — each worker holds only its own slot's lock (via a local pointer) while also bumping the next slot's hits, which that slot's owner bumps under a different lock */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define N 4
struct slot { pthread_mutex_t lock; long hits; };
static struct slot a[N];

static void *worker(void *arg)
{
    long i = (long)arg;
    struct slot *me = &a[i];
    struct slot *next = &a[(i + 1) % N];
    for (int k = 0; k < 50; k++) {
        pthread_mutex_lock(&me->lock);
        me->hits++;
        next->hits++;           /* next's lock is not held */
        pthread_mutex_unlock(&me->lock);
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    long i;
    for (i = 0; i < N; i++)
        pthread_mutex_init(&a[i].lock, NULL);
    for (i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%ld\n", a[0].hits);
    return 0;
}
