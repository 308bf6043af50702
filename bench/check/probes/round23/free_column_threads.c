/* TRUTH: race-free. thread id (0..C-1, distinct) writes only column id of m (m[r][id] for every row); columns of different threads are disjoint; main reads m only after joining all threads. */
#include <pthread.h>
#include <stdio.h>

#define R 6
#define C 4

int m[R][C];

static void *worker(void *arg)
{
    int id = *(int *)arg;
    for (int r = 0; r < R; r++)
        m[r][id] = r * id;
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
    for (int r = 0; r < R; r++)
        printf("%d\n", m[r][C - 1]);
    return 0;
}
