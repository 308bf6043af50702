/* TRUTH: racy. worker sees mode == 0, waits in wait_switched() (pthread_cond_wait releases m), switcher sets mode = 1 meanwhile; worker then finds mode == 1 and increments hits without m, while switcher writes hits = 100 without m: unordered. */
#include <pthread.h>
#include <stdio.h>

int mode;
int switched;
int hits;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;

static void wait_switched(void)
{
    while (!switched)
        pthread_cond_wait(&cv, &m);
}

void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    if (mode == 0) {
        wait_switched();
        if (mode == 1) {
            pthread_mutex_unlock(&m);
            hits++;
            return NULL;
        }
    }
    pthread_mutex_unlock(&m);
    return NULL;
}

void *switcher(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    mode = 1;
    switched = 1;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&m);
    hits = 100;
    return NULL;
}

int main(void)
{
    pthread_t w, s;
    pthread_create(&w, NULL, worker, NULL);
    pthread_create(&s, NULL, switcher, NULL);
    pthread_join(w, NULL);
    pthread_join(s, NULL);
    printf("%d\n", hits);
    return 0;
}
