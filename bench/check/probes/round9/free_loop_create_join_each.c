/* TRUTH: free. Each iteration creates a worker and joins it before the next write of current, so accesses never overlap. */
#include <pthread.h>
#include <stdio.h>

static int current;
static int got[2];

static void *worker(void *arg)
{
    int slot = *(int *)arg;
    got[slot] = current;
    current++;
    return NULL;
}

int main(void)
{
    pthread_t t;
    int ids[2] = { 0, 1 };
    for (int i = 0; i < 2; i++) {
        current = i * 10;
        pthread_create(&t, NULL, worker, &ids[i]);
        pthread_join(t, NULL);
    }
    printf("%d %d %d\n", got[0], got[1], current);
    return 0;
}
