/* TRUTH: racy. Each worker gets a pointer to its row and also updates the first element of the next row via row + C, colliding with the next worker's write of its own first element. */
#include <pthread.h>
#include <stdio.h>

#define R 2
#define C 4
static int flat[R * C + C];

static void *work(void *arg)
{
    int *row = arg;
    row[0] += 1;
    row[C] += 1;
    return NULL;
}

int main(void)
{
    pthread_t t[R];
    for (int i = 0; i < R; i++)
        pthread_create(&t[i], NULL, work, flat + i * C);
    for (int i = 0; i < R; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", flat[C]);
    return 0;
}
