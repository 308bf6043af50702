/* TRUTH: free — threads sum privately then add to the global total under a mutex */
#include <pthread.h>
#include <stdio.h>

#define N 4
#define LEN 4000

static int data[LEN];
static long total;
static pthread_mutex_t total_lock = PTHREAD_MUTEX_INITIALIZER;

static void *partial(void *arg)
{
    long id = (long)arg;
    long local = 0;
    int chunk = LEN / N;
    for (int i = id * chunk; i < (id + 1) * chunk; i++)
        local += data[i];
    pthread_mutex_lock(&total_lock);
    total += local;
    pthread_mutex_unlock(&total_lock);
    return NULL;
}

int main(void)
{
    pthread_t th[N];
    for (int i = 0; i < LEN; i++)
        data[i] = i;
    for (long i = 0; i < N; i++)
        pthread_create(&th[i], NULL, partial, (void *)i);
    for (int i = 0; i < N; i++)
        pthread_join(th[i], NULL);
    printf("total = %ld\n", total);
    return 0;
}
