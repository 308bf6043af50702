/* TRUTH: racy. Cell threads get cells + i (i = 1..N); each smooths its cell with its
   left neighbour, 'int *left = cell - 1', reading it while thread i-1 writes that cell
   (*cell = ...). cells[0] is a fixed border nobody writes. */
#include <pthread.h>
#include <stdio.h>

#define N 5

static int cells[N + 1] = {4, 8, 15, 16, 23, 42};

static void *smooth(void *arg)
{
    int *cell = arg;
    int *left = cell - 1;
    int v = (*left + *cell) / 2;
    *cell = v;
    return NULL;
}

int main(void)
{
    pthread_t t[N + 1];
    int i;
    for (i = 1; i <= N; i++)
        pthread_create(&t[i], NULL, smooth, cells + i);
    for (i = 1; i <= N; i++)
        pthread_join(t[i], NULL);
    for (i = 0; i <= N; i++)
        printf("%d ", cells[i]);
    printf("\n");
    return 0;
}
