/* TRUTH: racy — each pass creates a new bump and only then joins the previous one, so consecutive bumps overlap on counter. */
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

int main(void)
{
    pthread_t prev;
    int have = 0;
    for (int i = 0; i < 4; i++) {
        pthread_t t;
        pthread_create(&t, NULL, bump, NULL);
        if (have)
            pthread_join(prev, NULL);
        prev = t;
        have = 1;
    }
    pthread_join(prev, NULL);
    printf("%ld\n", counter);
    return 0;
}
