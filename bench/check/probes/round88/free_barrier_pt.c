/* Race-free: two-phase stencil; in phase 1 thread id writes cur[id], pthread_barrier_wait,
   then in phase 2 reads its neighbour cur[(id+1)%NT] and writes nxt[id]. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define NT 4
#define STEPS 10

static int cur[NT], nxt[NT];
static pthread_barrier_t bar;

static void *worker(void *arg)
{
    int id = (int)(long)arg;
    for (int s = 0; s < STEPS; s++) {
        cur[id] = id * 10 + s;              /* phase 1: own slot */
        pthread_barrier_wait(&bar);
        usleep(200);                        /* "compute" */
        nxt[id] = cur[(id + 1) % NT] + 1;   /* phase 2: neighbour's slot */
        pthread_barrier_wait(&bar);         /* nobody rewrites cur[] before all read */
    }
    return NULL;
}

int main(void)
{
    pthread_t t[NT];
    pthread_barrier_init(&bar, NULL, NT);
    for (long i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
    pthread_barrier_destroy(&bar);
    for (int i = 0; i < NT; i++)
        printf("%d ", nxt[i]);
    printf("\n");
    return 0;
}
