/* TRUTH: racy — the sorter qsorts 'scores' in place through a 'void *base' field while main keeps reading scores[] (main only reads; the sorter's swaps are the writes) */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#define NS 32
static int scores[NS];

struct sort_req { void *base; size_t n; };

static int by_value(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static void *sorter(void *arg)
{
    struct sort_req *r = arg;
    for (int k = 0; k < 20; k++) {
        qsort(r->base, r->n, sizeof(int), by_value);
        usleep(400);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    static struct sort_req req;
    for (int i = 0; i < NS; i++) scores[i] = (i * 17) % NS;
    req.base = scores;
    req.n = NS;
    pthread_create(&t, NULL, sorter, &req);
    long s = 0;
    for (int i = 0; i < 40; i++) {
        s += scores[i % NS];
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("%ld\n", s);
    return 0;
}
