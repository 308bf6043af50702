/* TRUTH: free — on the last iteration of the create loop main joins every thread t[0..NW-1], so all writes to results[] happen before main reads them */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define NW 3
static long results[NW];

static void *worker(void *arg)
{
    long id = (long)arg;
    for (int i = 0; i < 200; i++) {
        results[id] += i;
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[NW];
    long sum = 0;
    for (long i = 0; i < NW; i++) {
        pthread_create(&t[i], NULL, worker, (void *)i);
        if (i == NW - 1) {
            for (int j = 0; j < NW; j++)
                pthread_join(t[j], NULL);
        }
    }
    for (int i = 0; i < NW; i++)
        sum += results[i];
    printf("%ld\n", sum);
    return 0;
}
