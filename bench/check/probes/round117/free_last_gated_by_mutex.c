/* TRUTH: free — main holds gate[N-1] from before the creates until after its read, and the unjoined worker passes through that gate before writing total */
#include <pthread.h>
#include <stdio.h>

#define N 4
static pthread_t t[N];
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t gate[N] = {
    PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER,
    PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER
};
static long total;

static void *worker(void *arg)
{
    long id = (long)arg;
    pthread_mutex_lock(&gate[id]);      /* wait for the go-ahead */
    pthread_mutex_unlock(&gate[id]);
    pthread_mutex_lock(&m);
    total += id;
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    long i;
    pthread_mutex_lock(&gate[N - 1]);
    for (i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (i = 0; i < N - 1; i++)
        pthread_join(t[i], NULL);
    printf("partial %ld\n", total);
    pthread_mutex_unlock(&gate[N - 1]);
    pthread_join(t[N - 1], NULL);
    return 0;
}
