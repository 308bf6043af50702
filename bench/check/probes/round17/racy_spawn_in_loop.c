/* Racy: spawn() (one create loop) is called from a loop in main without joining, so each id is handed out twice. */
#include <pthread.h>
#include <stdio.h>
#define T 4
int cell[T];
static pthread_t th[2][T];
static void *work(void *arg)
{
    long id = (long)arg;
    for (int k = 0; k < 10; k++)
        cell[id] += k;
    return NULL;
}
static void spawn(int round)
{
    for (long i = 0; i < T; i++)
        pthread_create(&th[round][i], NULL, work, (void *)i);
}
int main(void)
{
    for (int r = 0; r < 2; r++)
        spawn(r);
    for (int r = 0; r < 2; r++)
        for (int i = 0; i < T; i++)
            pthread_join(th[r][i], NULL);
    printf("%d\n", cell[0]);
    return 0;
}
