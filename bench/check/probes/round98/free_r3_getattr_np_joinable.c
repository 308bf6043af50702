/* TRUTH: free — the dispatcher stays joinable, so the attributes it copies are joinable; each bump is joined before the next; main joins the dispatcher. */
#define _GNU_SOURCE
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>

static long counter;
static sem_t done;

static void *bump(void *arg)
{
    (void)arg;
    counter++;
    return NULL;
}

static void *dispatcher(void *arg)
{
    pthread_attr_t attr;
    (void)arg;
    /* run the jobs with the same stack size etc. as this thread */
    pthread_getattr_np(pthread_self(), &attr);
    for (int i = 0; i < 4; i++) {
        pthread_t t;
        pthread_create(&t, &attr, bump, NULL);
        pthread_join(t, NULL);
    }
    pthread_attr_destroy(&attr);
    sem_post(&done);
    return NULL;
}

int main(void)
{
    pthread_t d;
    sem_init(&done, 0, 0);
    pthread_create(&d, NULL, dispatcher, NULL);
    sem_wait(&done);
    pthread_join(d, NULL);
    printf("%ld\n", counter);
    return 0;
}
