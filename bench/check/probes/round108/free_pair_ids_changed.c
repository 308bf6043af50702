/* TRUTH: free — ids becomes {0, 5, 2} before the starts: writes data[0], data[5], data[2]; reads data[1], data[6], data[3] */
#include <pthread.h>
#include <stdio.h>

#define N 3
static int data[8], out[8];
static int ids[N];

static void *work(void *arg)
{
    int id = *(int *)arg;
    data[id] = 1;
    out[id] = data[id + 1];
    return 0;
}

int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < N; i++)
        ids[i] = i;
    ids[1] = 5;
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], 0, work, &ids[i]);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], 0);
    printf("%d %d\n", data[0], out[0]);
    return 0;
}
