/* TRUTH: racy — detached threads bump finished unlocked and main "waits" with sleep, then reads it */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static int finished;

static void *job(void *arg)
{
    (void)arg;
    usleep(1000);
    finished++;
    return NULL;
}

int main(void)
{
    for (int i = 0; i < 4; i++) {
        pthread_t t;
        pthread_create(&t, NULL, job, NULL);
        pthread_detach(t);
    }
    sleep(1);
    printf("%d jobs finished\n", finished);
    return 0;
}
