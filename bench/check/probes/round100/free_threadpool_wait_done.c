/* TRUTH: free — main waits under the lock until pending==0; results written by tasks are ordered by that lock */
#include <pthread.h>
#include <stdio.h>

#define NW 4
#define NT 16

static pthread_mutex_t lk = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t work_cv = PTHREAD_COND_INITIALIZER;
static pthread_cond_t done_cv = PTHREAD_COND_INITIALIZER;
static int next_task, pending = NT;
static int out[NT];

static void *worker(void *arg)
{
    (void)arg;
    for (;;) {
        pthread_mutex_lock(&lk);
        if (next_task == NT) {
            pthread_mutex_unlock(&lk);
            return NULL;
        }
        int t = next_task++;
        pthread_mutex_unlock(&lk);

        out[t] = t * 3;

        pthread_mutex_lock(&lk);
        if (--pending == 0)
            pthread_cond_signal(&done_cv);
        pthread_mutex_unlock(&lk);
    }
}

int main(void)
{
    pthread_t w[NW];
    for (int i = 0; i < NW; i++) {
        pthread_create(&w[i], NULL, worker, NULL);
        pthread_detach(w[i]);
    }
    pthread_mutex_lock(&lk);
    while (pending > 0)
        pthread_cond_wait(&done_cv, &lk);
    pthread_mutex_unlock(&lk);
    (void)work_cv;
    int s = 0;
    for (int i = 0; i < NT; i++)
        s += out[i];
    printf("%d\n", s);
    return 0;
}
