/* TRUTH: free — the worker mallocs and fills a result object and returns it through pthread_exit; main only touches it after pthread_join hands it over. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct result { int count; double mean; };

static void *analyze(void *arg)
{
    int n = (int)(long)arg;
    struct result *r = malloc(sizeof *r);
    if (!r)
        pthread_exit(NULL);
    r->count = n;
    double s = 0;
    for (int i = 0; i < n; i++)
        s += i;
    r->mean = n ? s / n : 0.0;
    pthread_exit(r);
}

int main(int argc, char **argv)
{
    (void)argv;
    pthread_t t;
    void *ret = NULL;
    pthread_create(&t, NULL, analyze, (void *)(long)(argc * 10));
    pthread_join(t, &ret);
    struct result *r = ret;
    if (r) {
        printf("%d %f\n", r->count, r->mean);
        free(r);
    }
    return 0;
}
