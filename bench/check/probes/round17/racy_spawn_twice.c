/* Racy: spawn() runs twice before any join, so two threads are handed each id and both write cell[id]. */
#include <pthread.h>
#include <stdio.h>
#define N 4
int cell[N];
static pthread_t th[2][N];
static void *work(void *arg)
{
    long id = (long)arg;
    cell[id] += 1;
    return NULL;
}
static void spawn(pthread_t *t)
{
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], NULL, work, (void *)i);
}
int main(void)
{
    spawn(th[0]);
    spawn(th[1]);
    for (int r = 0; r < 2; r++)
        for (int i = 0; i < N; i++)
            pthread_join(th[r][i], NULL);
    printf("%d\n", cell[0]);
    return 0;
}
