/* TRUTH: free — run_once() creates and joins one bump; called in a loop, the bumps never overlap. */
#include <pthread.h>
#include <stdio.h>

static long counter;

static void *bump(void *arg)
{
    (void)arg;
    counter++;
    return NULL;
}

static void run_once(const pthread_attr_t *attr)
{
    pthread_t t;
    if (pthread_create(&t, attr, bump, NULL) == 0)
        pthread_join(t, NULL);
}

int main(void)
{
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_JOINABLE);
    for (int i = 0; i < 4; i++)
        run_once(&attr);
    pthread_attr_destroy(&attr);
    printf("%ld\n", counter);
    return 0;
}
