/* TRUTH: racy. The sorter thread qsorts the shared array in place (writing its elements) while the reader reads them. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

static int scores[32];

static int cmp(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static void *sorter(void *arg)
{
    (void)arg;
    qsort(scores, 32, sizeof scores[0], cmp);
    return NULL;
}

static void *reader(void *arg)
{
    long s = 0;
    (void)arg;
    for (int i = 0; i < 32; i++)
        s += scores[i];
    return (void *)s;
}

int main(void)
{
    pthread_t a, b;
    for (int i = 0; i < 32; i++)
        scores[i] = (i * 37) % 32;
    pthread_create(&a, NULL, sorter, NULL);
    pthread_create(&b, NULL, reader, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
