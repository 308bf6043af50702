/* Racy: thread A writes g[1][1].n holding g[1][0].m, thread B writes it holding g[1][1].m: two different locks. */
#include <pthread.h>
#include <stdio.h>
struct cell {
    pthread_mutex_t m;
    int n;
};
struct cell g[2][2];
static void *ta(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&g[1][0].m);
    g[1][1].n++;
    pthread_mutex_unlock(&g[1][0].m);
    return NULL;
}
static void *tb(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&g[1][1].m);
    g[1][1].n++;
    pthread_mutex_unlock(&g[1][1].m);
    return NULL;
}
int main(void)
{
    pthread_t x, y;
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < 2; j++)
            pthread_mutex_init(&g[i][j].m, NULL);
    pthread_create(&x, NULL, ta, NULL);
    pthread_create(&y, NULL, tb, NULL);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    printf("%d\n", g[1][1].n);
    return 0;
}
