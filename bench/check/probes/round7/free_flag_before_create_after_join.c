/* TRUTH: free. verbose is written before the workers start and after they are all joined; workers only read it, and count under a mutex. */
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
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    verbose = 0;
    printf("%d\n", lines);
    return 0;
}
