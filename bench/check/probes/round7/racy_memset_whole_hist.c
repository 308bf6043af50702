/* TRUTH: racy. the clearer memsets the whole hist (including total) while the counter thread increments hist.total. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
struct histogram { int total; int bins[8]; int overflow; };
static struct histogram hist;

static void *clearer(void *p) { (void)p; memset(&hist, 0, sizeof hist); return NULL; }
static void *counter(void *p)
{
    (void)p;
    for (int i = 0; i < 3; i++)
        hist.total++;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, clearer, NULL);
    pthread_create(&b, NULL, counter, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", hist.total);
    return 0;
}
