/* TRUTH: free — the create loop stops after two threads (ids 0 and 1): data[id % 2] are two elements */
#include <pthread.h>
#include <stdio.h>

static int data[2];

static void *work(void *arg)
{
    long id = (long)arg;
    data[id % 2] = (int)id + 1;
    return 0;
}

int main(void)
{
    pthread_t t[4];
    long n = 0;
    for (long i = 0; i < 4; i++) {
        if (i == 2)
            break;
        pthread_create(&t[i], 0, work, (void *)i);
        n++;
    }
    for (long i = 0; i < n; i++)
        pthread_join(t[i], 0);
    printf("%d %d\n", data[0], data[1]);
    return 0;
}
