/* TRUTH: free — each pass joins the previous bump before creating the next; never two at once. */
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
        if (have)
            pthread_join(prev, NULL);
        pthread_create(&t, NULL, bump, NULL);
        prev = t;
        have = 1;
    }
    pthread_join(prev, NULL);
    printf("%ld\n", counter);
    return 0;
}
