/* TRUTH: racy. main clears verbose before joining the workers that read it. */
#include <pthread.h>
#include <stdio.h>
#define N 3
static int verbose;
static int lines;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

static void *worker(void *p)
{
    (void)p;
    if (verbose) {
        pthread_mutex_lock(&m);
        lines++;
        pthread_mutex_unlock(&m);
    }
    return NULL;
}

int main(int argc, char **argv)
{
    pthread_t t[N];
    (void)argv;
    verbose = argc > 1;
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    verbose = 0;
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", lines);
    return 0;
}
