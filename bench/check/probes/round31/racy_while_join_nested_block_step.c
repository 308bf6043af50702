/* TRUTH: racy. Inside a nested block the join loop also steps j when j == 1, so t[2] is skipped and main reads out[2] unsynchronised. */
#include <pthread.h>
#include <stdio.h>

#define N 4
static long out[N];

static void *worker(void *arg)
{
    long i = (long)arg;
    out[i] = 7 * i;
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    int j = 0;
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    while (j < N) {
        pthread_join(t[j], NULL);
        {
            if (j == 1) {
                j++;
            }
        }
        j++;
    }
    printf("%ld\n", out[2]);
    return 0;
}
