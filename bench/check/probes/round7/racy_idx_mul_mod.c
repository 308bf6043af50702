/* TRUTH: racy. thread i writes slot[(2*i) % 4]; threads 0 and 2 both hit slot[0] (and 1 and 3 slot[2]). */
#include <pthread.h>
#include <stdio.h>
#define N 4
static int slot[N];

static void *w(void *arg)
{
    int i = *(int *)arg;
    slot[(2 * i) % N] += i;
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
    printf("%d %d\n", slot[0], slot[2]);
    return 0;
}
