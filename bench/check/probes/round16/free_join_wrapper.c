// race-free: wait_for() joins both workers before main reads their slots.
#include <pthread.h>
#include <stdio.h>
static int out[2];

static void *work(void *arg)
{
    int *slot = arg;
    *slot = 7;
    return NULL;
}

static void wait_for(pthread_t t)
{
    if (pthread_join(t, NULL) != 0)
        perror("join");
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, work, &out[0]);
    pthread_create(&b, NULL, work, &out[1]);
    wait_for(a);
    wait_for(b);
    printf("%d %d\n", out[0], out[1]);
    return 0;
}
