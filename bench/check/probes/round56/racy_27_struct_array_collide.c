/* TRUTH: racy — worker k writes hist.bins[(k * 3) % 4]; ids 0..4 give bins 0,3,2,1,0 so workers 0 and 4 both write hist.bins[0]; worker 0 vs worker 4. */
#include <pthread.h>
#include <stdio.h>

struct histogram { int bins[4]; int total; };
static struct histogram hist;

static void *bucket(void *arg)
{
    int k = (int)(long)arg;
    hist.bins[(k * 3) % 4] += k;
    return NULL;
}

int main(void)
{
    pthread_t t[5];
    for (long k = 0; k < 5; k++)
        pthread_create(&t[k], NULL, bucket, (void *)k);
    for (int k = 0; k < 5; k++)
        pthread_join(t[k], NULL);
    for (int i = 0; i < 4; i++)
        hist.total += hist.bins[i];
    printf("%d\n", hist.total);
    return 0;
}
