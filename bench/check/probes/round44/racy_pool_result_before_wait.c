/* TRUTH: racy — main reads results[] right after submitting, without waiting for the worker that writes them */
#include <pthread.h>
#include <stdio.h>
#define N 8
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int queue[N], qn, done_submitting;
static int results[N];
static void *worker(void *a) {
    (void)a;
    for (;;) {
        pthread_mutex_lock(&m);
        while (qn == 0 && !done_submitting) pthread_cond_wait(&cv, &m);
        if (qn == 0) { pthread_mutex_unlock(&m); return NULL; }
        int job = queue[--qn];
        pthread_mutex_unlock(&m);
        results[job] = job * 3;
    }
}
int main(void) {
    pthread_t w;
    pthread_create(&w, NULL, worker, NULL);
    for (int i = 0; i < N; i++) {
        pthread_mutex_lock(&m);
        queue[qn++] = i;
        pthread_cond_signal(&cv);
        pthread_mutex_unlock(&m);
    }
    int s = 0;
    for (int i = 0; i < N; i++) s += results[i];   /* worker may still be writing */
    pthread_mutex_lock(&m);
    done_submitting = 1;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&m);
    pthread_join(w, NULL);
    printf("%d\n", s);
    return 0;
}
