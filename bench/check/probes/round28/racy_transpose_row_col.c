/* TRUTH: racy. Thread id writes row m[id][*] and reads column m[*][id]; thread 0 reads
   m[1][0] which thread 1 writes (its row). */
#include <pthread.h>
#include <stdio.h>

#define D 3

static int m[D][D];
static int colsum[D];

static void *rowcol(void *arg)
{
    int id = (int)(long)arg;
    int s = 0;
    for (int c = 0; c < D; c++)
        m[id][c] = id + c;
    for (int r = 0; r < D; r++)
        s += m[r][id];
    colsum[id] = s;
    return NULL;
}

int main(void)
{
    pthread_t t[D];
    for (long i = 0; i < D; i++)
        pthread_create(&t[i], NULL, rowcol, (void *)i);
    for (int i = 0; i < D; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", colsum[0]);
    return 0;
}
