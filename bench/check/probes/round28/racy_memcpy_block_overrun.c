/* TRUTH: racy. Each thread copies BLK + 1 ints starting at dst[id*BLK], one more than its
   block: thread id writes dst[(id+1)*BLK], the first element of thread id+1's block. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#define NT 3
#define BLK 4

static int src[NT * BLK + 1];
static int dst[NT * BLK + 1];

static void *copy_block(void *arg)
{
    int id = (int)(long)arg;
    memcpy(&dst[id * BLK], &src[id * BLK], (BLK + 1) * sizeof dst[0]);
    return NULL;
}

int main(void)
{
    pthread_t t[NT];
    for (int i = 0; i <= NT * BLK; i++)
        src[i] = i;
    for (long i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, copy_block, (void *)i);
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", dst[4]);
    return 0;
}
