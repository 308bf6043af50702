/* TRUTH: free — only main calls ctime(); the worker just computes into its own struct, read after join */
#include <pthread.h>
#include <stdio.h>
#include <time.h>

struct job { time_t started; long iterations; };

static void *crunch(void *arg)
{
    struct job *j = arg;
    long n = 0;
    for (long i = 0; i < 1000000; i++)
        n += i & 1;
    j->iterations = n;
    return NULL;
}

int main(void)
{
    struct job j;
    pthread_t t;
    j.started = time(NULL);
    printf("started %s", ctime(&j.started));
    pthread_create(&t, NULL, crunch, &j);
    pthread_join(t, NULL);
    time_t end = time(NULL);
    printf("finished %s (%ld)\n", ctime(&end), j.iterations);
    return 0;
}
