/* TRUTH: free — worker i waits for a byte on its own pipe; main feeds only pipes 0..N-2 and joins those workers, so the last worker never gets past read() and never touches 'total' */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define N 4
static long total;
static int fds[N][2];
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;

static void *worker(void *arg)
{
    long i = (long)arg;
    char c;
    ssize_t r = read(fds[i][0], &c, 1);
    (void)r;
    pthread_mutex_lock(&mu);
    total++;
    pthread_mutex_unlock(&mu);
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    long rc = 0;
    for (long i = 0; i < N; i++)
        rc += pipe(fds[i]);
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (long i = 0; i < N - 1; i++)
        rc += write(fds[i][1], "x", 1);
    for (long i = 0; i < N - 1; i++)
        pthread_join(t[i], NULL);
    printf("%ld %ld\n", total, rc);
    return 0;
}
