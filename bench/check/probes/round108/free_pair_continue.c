/* TRUTH: free — the loop skips i == 3, so ids 0, 1, 2 start: data[id % 3] are three elements */
#include <pthread.h>
#include <stdio.h>

static int data[3];
static pthread_t t[4];

static void *work(void *arg)
{
    long id = (long)arg;
    data[id % 3] = (int)id + 1;
    return 0;
}

int main(void)
{
    for (long i = 0; i < 4; i++) {
        if (i == 3)
            continue;
        pthread_create(&t[i], 0, work, (void *)i);
    }
    for (long i = 0; i < 3; i++)
        pthread_join(t[i], 0);
    printf("%d %d %d\n", data[0], data[1], data[2]);
    return 0;
}
