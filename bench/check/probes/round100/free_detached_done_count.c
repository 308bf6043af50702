/* TRUTH: free — detached workers write their own slot, then bump done under a mutex; main waits for done==N under it */
#include <pthread.h>
#include <stdio.h>

#define N 5

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t all_done = PTHREAD_COND_INITIALIZER;
static int done;
static int answer[N];

static void *job(void *arg)
{
    int id = (int)(long)arg;
    answer[id] = id + 100;
    pthread_mutex_lock(&m);
    if (++done == N)
        pthread_cond_signal(&all_done);
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    for (long i = 0; i < N; i++) {
        pthread_t t;
        pthread_create(&t, &attr, job, (void *)i);
    }
    pthread_attr_destroy(&attr);
    pthread_mutex_lock(&m);
    while (done < N)
        pthread_cond_wait(&all_done, &m);
    pthread_mutex_unlock(&m);
    for (int i = 0; i < N; i++)
        printf("%d ", answer[i]);
    putchar('\n');
    return 0;
}
