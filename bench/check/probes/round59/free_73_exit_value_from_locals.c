/* TRUTH: free — each thread works on its own stack array and returns a heap result via pthread_exit; main reads *result only after pthread_join returns it; nothing else is shared. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static void *histogram(void *a)
{
    unsigned seed = (unsigned)(long)a;
    int bins[4] = { 0, 0, 0, 0 };
    for (int i = 0; i < 100; i++) {
        seed = seed * 1103515245u + 12345u;
        bins[(seed >> 16) & 3]++;
    }
    int *res = malloc(sizeof(int));
    if (res)
        *res = bins[0] - bins[3];
    pthread_exit(res);
}

int main(void)
{
    pthread_t t[2];
    for (long i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, histogram, (void *)(i + 7));
    for (int i = 0; i < 2; i++) {
        void *r;
        pthread_join(t[i], &r);
        if (r) {
            printf("%d\n", *(int *)r);
            free(r);
        }
    }
    return 0;
}
