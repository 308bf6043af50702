/* TRUTH: race-free. main calls wait_for(t[i]) for every created handle before reading part[]; each thread writes only its own element. */
#include <pthread.h>
#include <stdio.h>

static int part[3];

static void *work(void *arg)
{
    long i = (long)arg;
    part[i] = (int)(i * i);
    return NULL;
}

static void wait_for(pthread_t th)
{
    pthread_join(th, NULL);
}

int main(void)
{
    pthread_t t[3];
    for (long i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, work, (void *)i);
    for (int i = 0; i < 3; i++)
        wait_for(t[i]);
    printf("%d\n", part[0] + part[1] + part[2]);
    return 0;
}
