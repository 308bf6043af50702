// race-free: errno is thread-local, so each thread's failing call and check touch its own errno.
#include <pthread.h>
#include <stdio.h>
#include <errno.h>
#include <stdlib.h>

static void *parse(void *arg)
{
    errno = 0;
    long v = strtol("99999999999999999999", NULL, 10);
    if (errno == ERANGE)
        printf("overflow %ld\n", v);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, parse, NULL);
    pthread_create(&b, NULL, parse, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
