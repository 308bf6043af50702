/* TRUTH: free. i -> (3*i) % 4 is a permutation of 0..3, so each thread writes a different slot. */
#include <pthread.h>
#include <stdio.h>
#define N 4
static int slot[N];

static void *w(void *arg)
{
    int i = *(int *)arg;
    slot[(3 * i) % N] += i;
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    int ids[N];
    for (int i = 0; i < N; i++) {
        ids[i] = i;
        pthread_create(&t[i], NULL, w, &ids[i]);
    }
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%d %d\n", slot[0], slot[3]);
    return 0;
}
