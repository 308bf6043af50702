/* TRUTH: free — each pass creates into *tp and joins *tp (the same t) before the next pass; bumps never overlap. */
#include <pthread.h>
#include <stdio.h>

static long counter;

static void *bump(void *arg)
{
    (void)arg;
    counter++;
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_t *tp = &t;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_JOINABLE);
    for (int i = 0; i < 4; i++) {
        pthread_create(tp, &attr, bump, NULL);
        pthread_join(*tp, NULL);
    }
    pthread_attr_destroy(&attr);
    printf("%ld\n", counter);
    return 0;
}
