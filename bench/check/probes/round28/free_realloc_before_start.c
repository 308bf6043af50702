/* TRUTH: race-free. The array is grown with realloc before any thread starts; each worker
   gets &arr[i] of the final array and writes only that element; main reads and frees it
   after joining every worker. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static void *square(void *arg)
{
    long *e = arg;
    *e = *e * *e;
    return NULL;
}

int main(void)
{
    int n = 2;
    long *arr = malloc((size_t)n * sizeof *arr);
    if (!arr)
        return 1;
    long *bigger = realloc(arr, 4 * sizeof *arr);
    if (!bigger) {
        free(arr);
        return 1;
    }
    arr = bigger;
    n = 4;
    for (int i = 0; i < n; i++)
        arr[i] = i + 1;
    pthread_t t[4];
    for (int i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, square, &arr[i]);
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    printf("%ld\n", arr[3]);
    free(arr);
    return 0;
}
