/* TRUTH: racy. the inner join loop stops at W-1, so the last worker of each group is never joined while main reads out[][]. */
#include <pthread.h>
#include <stdio.h>
#define G 2
#define W 3
static int out[G][W];

static void *cell(void *p)
{
    int *c = p;
    *c = 5;
    return NULL;
}

int main(void)
{
    pthread_t th[G][W];
    int g, w;
    for (g = 0; g < G; g++)
        for (w = 0; w < W; w++)
            pthread_create(&th[g][w], NULL, cell, &out[g][w]);
    for (g = 0; g < G; g++)
        for (w = 0; w < W - 1; w++)
            pthread_join(th[g][w], NULL);
    int s = 0;
    for (g = 0; g < G; g++)
        for (w = 0; w < W; w++)
            s += out[g][w];
    printf("%d\n", s);
    return 0;
}
