/* TRUTH: free — a detached logger touches nothing shared; the bump loop uses a joinable attr and joins each thread before the next. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static long counter;

static void *bump(void *arg)
{
    (void)arg;
    counter++;
    return NULL;
}

static void *logger(void *arg) { (void)arg; return NULL; }

int main(void)
{
    pthread_attr_t attr, dattr;
    pthread_t lg;
    pthread_attr_init(&attr);
    pthread_attr_init(&dattr);
    pthread_attr_setdetachstate(&dattr, PTHREAD_CREATE_DETACHED);
    pthread_create(&lg, &dattr, logger, NULL);
    pthread_attr_destroy(&dattr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_JOINABLE);
    for (int i = 0; i < 4; i++) {
        pthread_t t;
        pthread_create(&t, &attr, bump, NULL);
        pthread_join(t, NULL);
    }
    printf("%ld\n", counter);
    pthread_attr_destroy(&attr);
    return 0;
}
