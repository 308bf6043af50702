/* TRUTH: racy — bsearch returns a void * into the global routes table and the updater increments that entry's uses, while the auditor reads routes[2].uses concurrently */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

struct route {
    int prefix;
    long uses;
};

static struct route routes[4] = { { 10, 0 }, { 20, 0 }, { 30, 0 }, { 40, 0 } };

static int by_prefix(const void *k, const void *e)
{
    int key = *(const int *)k;
    const struct route *r = e;
    return (key > r->prefix) - (key < r->prefix);
}

static void *updater(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        int key = 30;
        void *hit = bsearch(&key, routes, 4, sizeof routes[0], by_prefix);
        if (hit)
            ((struct route *)hit)->uses++;
        usleep(100);
    }
    return NULL;
}

static void *auditor(void *arg)
{
    long *acc = arg;
    for (int i = 0; i < 200; i++) {
        *acc += routes[2].uses;
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    long acc = 0;
    pthread_t a, b;
    pthread_create(&a, NULL, updater, NULL);
    pthread_create(&b, NULL, auditor, &acc);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld %ld\n", acc, routes[2].uses);
    return 0;
}
