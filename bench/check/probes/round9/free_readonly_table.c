/* TRUTH: free. The lookup table is fully initialized by main before any thread is created and is only read afterwards. */
#include <pthread.h>
#include <stdio.h>

static int squares[16];

static void *lookup(void *arg)
{
    int *io = arg;
    *io = squares[*io & 15];
    return NULL;
}

int main(void)
{
    pthread_t t[3];
    int io[3] = { 2, 5, 11 };
    for (int i = 0; i < 16; i++)
        squares[i] = i * i;
    for (int i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, lookup, &io[i]);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%d %d %d %d\n", io[0], io[1], io[2], squares[3]);
    return 0;
}
