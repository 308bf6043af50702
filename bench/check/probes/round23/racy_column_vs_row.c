/* TRUTH: racy. each thread writes its column m[r][id] and then reads its row m[id][c]; thread 0 reads m[0][1] while thread 1 writes m[0][1] (its column). */
#include <pthread.h>
#include <stdio.h>

#define R 4
#define C 4

int m[R][C];

static void *worker(void *arg)
{
    int id = *(int *)arg;
    for (int r = 0; r < R; r++)
        m[r][id] = r * 10 + id; /* my column */
    int s = 0;
    for (int c = 0; c < C; c++)
        s += m[id][c]; /* my row: the other threads' columns */
    printf("%d\n", s);
    return NULL;
}

int main(void)
{
    pthread_t t[C];
    int ids[C];
    for (int i = 0; i < C; i++) {
        ids[i] = i;
        pthread_create(&t[i], NULL, worker, &ids[i]);
    }
    for (int i = 0; i < C; i++)
        pthread_join(t[i], NULL);
    return 0;
}
