/* TRUTH: free. G groups x W workers, all created in a nested loop and joined in the same nested loop; each writes its own cell of out[][]. */
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
        for (w = 0; w < W; w++)
            pthread_join(th[g][w], NULL);
    int s = 0;
    for (g = 0; g < G; g++)
        for (w = 0; w < W; w++)
            s += out[g][w];
    printf("%d\n", s);
    return 0;
}
