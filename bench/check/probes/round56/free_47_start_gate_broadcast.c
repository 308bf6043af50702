/* TRUTH: free — workers block until `go` is set under gate_mu; main writes job_size (without the lock) before locking and setting go; a worker reads job_size only after observing go under the lock, so main's write happens-before it. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t gate_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t gate_cv = PTHREAD_COND_INITIALIZER;
static int go;
static int job_size;
static long done_work[4];

static void *worker(void *arg)
{
    int id = (int)(long)arg;
    pthread_mutex_lock(&gate_mu);
    while (!go)
        pthread_cond_wait(&gate_cv, &gate_mu);
    pthread_mutex_unlock(&gate_mu);
    long w = 0;
    for (int i = 0; i < job_size; i++)
        w += i;
    done_work[id] = w;
    return NULL;
}

int main(int argc, char **argv)
{
    (void)argv;
    pthread_t t[4];
    for (long i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    job_size = 1000 * argc;
    pthread_mutex_lock(&gate_mu);
    go = 1;
    pthread_cond_broadcast(&gate_cv);
    pthread_mutex_unlock(&gate_mu);
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    printf("%ld\n", done_work[0] + done_work[3]);
    return 0;
}
