/* TRUTH: race-free. Thread id copies BLK ints into dst[id*BLK .. id*BLK+BLK-1] with one
   memcpy and reads only src, which nobody writes while they run; blocks do not overlap. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#define NT 3
#define BLK 4

static int src[NT * BLK];
static int dst[NT * BLK];

static void *copy_block(void *arg)
{
    int id = (int)(long)arg;
    memcpy(&dst[id * BLK], &src[id * BLK], BLK * sizeof dst[0]);
    return NULL;
}

int main(void)
{
    pthread_t t[NT];
    for (int i = 0; i < NT * BLK; i++)
        src[i] = i;
    for (long i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, copy_block, (void *)i);
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", dst[5]);
    return 0;
}
