/* TRUTH: free. the clearer memsets only hist.bins (exactly that member), the counter thread updates only hist.total. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
struct histogram { int total; int bins[8]; int overflow; };
static struct histogram hist;

static void *clearer(void *p) { (void)p; memset(hist.bins, 0, sizeof hist.bins); return NULL; }
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
    printf("%d %d\n", hist.total, hist.bins[0]);
    return 0;
}
