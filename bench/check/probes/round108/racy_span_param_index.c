/* TRUTH: racy — instance id's strcpy(&buf[id], "a") writes buf[id] and buf[id + 1]; instance id + 1 writes buf[id + 1] */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#define N 3
static char buf[N + 1];

static void *w(void *arg)
{
    long id = (long)arg;
    strcpy(&buf[id], "a");
    return 0;
}

int main(void)
{
    pthread_t t[N];
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], 0, w, (void *)i);
    for (long i = 0; i < N; i++)
        pthread_join(t[i], 0);
    puts(buf);
    return 0;
}
