/* TRUTH: racy — barrier is sized for 2 but 3 threads use it, so the third thread's grid write is not ordered before other threads' reads */
#include <pthread.h>
#define NT 3
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int waiting, generation;
static const int needed = 2;
static void barrier_wait(void) {
    pthread_mutex_lock(&m);
    int gen = generation;
    if (++waiting == needed) {
        waiting = 0;
        generation++;
        pthread_cond_broadcast(&cv);
    } else {
        while (gen == generation) pthread_cond_wait(&cv, &m);
    }
    pthread_mutex_unlock(&m);
}
static int grid[NT];
static int sums[NT];
static void *cell(void *arg) {
    int id = (int)(long)arg;
    grid[id] = id + 1;
    barrier_wait();
    int s = 0;
    for (int i = 0; i < NT; i++) s += grid[i];
    sums[id] = s;
    return NULL;
}
int main(void) {
    pthread_t t[NT];
    for (long i = 0; i < NT; i++) pthread_create(&t[i], NULL, cell, (void *)i);
    /* the odd thread out may block forever; only wait for the first two */
    pthread_join(t[0], NULL);
    return sums[0];
}
