/* Race-free: spawn() runs once, each thread gets its own id and writes only cell[id]. */
#include <pthread.h>
#include <stdio.h>
#define N 4
int cell[N];
static pthread_t th[N];
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
    spawn(th);
    for (int i = 0; i < N; i++)
        pthread_join(th[i], NULL);
    printf("%d\n", cell[0]);
    return 0;
}
