/* TRUTH: free — instance 0 is joined before instance 2 starts; instance 1 alone writes data[1] */
#include <pthread.h>
#include <stdio.h>

static int data[2];

static void *work(void *arg)
{
    long id = (long)arg;
    data[id % 2] = (int)id;
    return 0;
}

int main(void)
{
    pthread_t t[3];
    for (long i = 0; i < 3; i++) {
        if (i >= 2)
            pthread_join(t[i - 2], 0);
        pthread_create(&t[i], 0, work, (void *)i);
    }
    pthread_join(t[1], 0);
    pthread_join(t[2], 0);
    printf("%d %d\n", data[0], data[1]);
    return 0;
}
