/* Racy: the thread bumps *idp (its own slot) before the second loop, so it then writes the next thread's chunk. */
#include <pthread.h>
#include <stdio.h>
#define T 4
#define CH 4
int data[(T + 1) * CH];
int ids[T];
static void *work(void *arg)
{
    int *idp = arg;
    for (int i = *idp * CH; i < *idp * CH + CH; i++)
        data[i] = 1;
    *idp += 1;
    for (int i = *idp * CH; i < *idp * CH + CH; i++)
        data[i] = 2;
    return NULL;
}
int main(void)
{
    pthread_t t[T];
    for (int i = 0; i < T; i++) {
        ids[i] = i;
        pthread_create(&t[i], NULL, work, &ids[i]);
    }
    for (int i = 0; i < T; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", data[CH]);
    return 0;
}
