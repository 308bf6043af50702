/* TRUTH: race-free. NWORK threads are created in a loop and wait_all(threads, NWORK) joins every one of them before main sums and clears results; each worker writes only results[id] for its own id from ids[]. */
#include <pthread.h>
#include <stdio.h>

#define NWORK 3

int results[NWORK];
int ids[NWORK];

void *worker(void *arg)
{
    int id = *(int *)arg;
    results[id] = id * 7;
    return NULL;
}

static void wait_all(pthread_t *th, int count)
{
    for (int i = 0; i < count; i++)
        pthread_join(th[i], NULL);
}

int main(void)
{
    pthread_t threads[NWORK];
    for (int i = 0; i < NWORK; i++) {
        ids[i] = i;
        pthread_create(&threads[i], NULL, worker, &ids[i]);
    }
    wait_all(threads, NWORK);
    int s = 0;
    for (int i = 0; i < NWORK; i++) {
        s += results[i];
        results[i] = 0;
    }
    printf("%d\n", s);
    return 0;
}
