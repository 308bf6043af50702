/* TRUTH: racy — the worker reports done before writing its result (line 17): main can see done == N and read results[id] (line 34) while the last worker is still writing it. */
#include <pthread.h>
#include <stdio.h>

#define N 4
static pthread_mutex_t done_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t done_cv = PTHREAD_COND_INITIALIZER;
static int done;
static int results[N];

static void *worker(void *arg) {
    int id = (int)(long)arg;
    pthread_mutex_lock(&done_mu);
    done++;
    pthread_cond_signal(&done_cv);
    pthread_mutex_unlock(&done_mu);
    results[id] = id * 3; // @A
    return NULL;
}

int main(void) {
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    for (long i = 0; i < N; i++) {
        pthread_t t;
        pthread_create(&t, &attr, worker, (void *)i);
    }
    pthread_mutex_lock(&done_mu);
    while (done < N)
        pthread_cond_wait(&done_cv, &done_mu);
    pthread_mutex_unlock(&done_mu);
    int s = 0;
    for (int i = 0; i < N; i++) s += results[i]; // @B
    printf("%d\n", s);
    return 0;
}
