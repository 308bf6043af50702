// racy: main keeps a copy of each fresh id cell and zeroes it after the create: the thread's read races with it (and ids collide).
#include <pthread.h>
#include <stdlib.h>
#define N 4
static int out[N];
static void *worker(void *arg)
{
    int id = *(int *)arg;
    out[id]++;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < N; i++) {
        int *p = malloc(sizeof *p);
        if (!p)
            return 1;
        int *keep = p;
        *p = i;
        pthread_create(&t[i], NULL, worker, p);
        *keep = 0;
    }
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    return out[0];
}
