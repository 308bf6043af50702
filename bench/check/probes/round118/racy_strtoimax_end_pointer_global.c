/* TRUTH: racy — strtoimax stores its end pointer into the global 'rest' while main reads rest */
#include <pthread.h>
#include <stdio.h>
#include <inttypes.h>
#include <stdlib.h>
#include <unistd.h>

static char *rest;
static char input[] = "123 456 789";

static void *parser(void *arg)
{
    (void)arg;
    long sum = 0;
    for (int i = 0; i < 40; i++) {
        sum += (long)strtoimax(input, &rest, 10);
        usleep(250);
    }
    return (void *)sum;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, parser, NULL);
    long pending = 0;
    for (int i = 0; i < 40; i++) {
        if (rest)
            pending++;
        usleep(250);
    }
    pthread_join(t, NULL);
    printf("%ld\n", pending);
    return 0;
}
