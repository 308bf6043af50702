/* Racy: spawn() runs twice before any join, so two threads get each value 2*i+1 and both write cell[id]. */
#include <pthread.h>
#include <stdio.h>
#define N 4
int cell[2 * N + 2];
static pthread_t th[2][N];
static void *work(void *arg)
{
    long id = (long)arg;
    cell[id] += 1;
    cell[id + 1] = 0;
    return NULL;
}
static void spawn(pthread_t *t)
{
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], NULL, work, (void *)(2 * i + 1));
}
int main(void)
{
    spawn(th[0]);
    spawn(th[1]);
    for (int r = 0; r < 2; r++)
        for (int i = 0; i < N; i++)
            pthread_join(th[r][i], NULL);
    printf("%d\n", cell[1]);
    return 0;
}
