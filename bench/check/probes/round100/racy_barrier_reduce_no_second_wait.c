/* TRUTH: racy — the serial thread writes total after barrier 1 but the others read it with no second barrier */
#include <pthread.h>
#include <stdio.h>

#define NT 3

static pthread_barrier_t bar;
static int part[NT];
static int total;
static int share[NT];

static void *job(void *arg)
{
    int id = (int)(long)arg;
    part[id] = id + 1;
    if (pthread_barrier_wait(&bar) == PTHREAD_BARRIER_SERIAL_THREAD) {
        total = 0;
        for (int i = 0; i < NT; i++)
            total += part[i];
    }
    share[id] = part[id] * 100 / (total ? total : 1);
    return NULL;
}

int main(void)
{
    pthread_t th[NT];
    pthread_barrier_init(&bar, NULL, NT);
    for (long i = 0; i < NT; i++)
        pthread_create(&th[i], NULL, job, (void *)i);
    for (int i = 0; i < NT; i++)
        pthread_join(th[i], NULL);
    for (int i = 0; i < NT; i++)
        printf("%d%% ", share[i]);
    putchar('\n');
    pthread_barrier_destroy(&bar);
    return 0;
}
