/* Racy: bump(&g[1][0], &g[1][1]) holds the first cell's lock while writing the second, which tb writes under the second cell's lock. */
#include <pthread.h>
#include <stdio.h>
struct cell {
    pthread_mutex_t m;
    int n;
};
struct cell g[2][2];
static void bump(struct cell *lk, struct cell *d)
{
    pthread_mutex_lock(&lk->m);
    d->n++;
    pthread_mutex_unlock(&lk->m);
}
static void *ta(void *arg)
{
    (void)arg;
    bump(&g[1][0], &g[1][1]);
    return NULL;
}
static void *tb(void *arg)
{
    (void)arg;
    bump(&g[1][1], &g[1][1]);
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
