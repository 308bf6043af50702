/* TRUTH: free — main joins only the first half of the workers, then reads only the first half's slots; second-half slots are read only after the remaining joins. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#define N 8
#define HALF (N / 2)
static int out[N];
static void *fill(void *a) {
    int i = (int)(intptr_t)a;
    out[i] = i + 1;
    return NULL;
}
int main(void) {
    pthread_t th[N];
    for (int i = 0; i < N; i++)
        pthread_create(&th[i], NULL, fill, (void *)(intptr_t)i);
    for (int i = 0; i < HALF; i++)
        pthread_join(th[i], NULL);
    int first = 0;
    for (int i = 0; i < HALF; i++)
        first += out[i];
    for (int i = HALF; i < N; i++)
        pthread_join(th[i], NULL);
    int second = 0;
    for (int i = HALF; i < N; i++)
        second += out[i];
    printf("%d %d\n", first, second);
    return 0;
}
