/* TRUTH: free — sense-free generation barrier built from mutex+condvar; grid cells written in phase 1 are read by others only after the barrier */
#include <pthread.h>
#define NT 4
typedef struct {
    pthread_mutex_t m;
    pthread_cond_t cv;
    int count, waiting, generation;
} barrier_t;
static barrier_t bar = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, NT, 0, 0};
static void barrier_wait(barrier_t *b) {
    pthread_mutex_lock(&b->m);
    int gen = b->generation;
    if (++b->waiting == b->count) {
        b->waiting = 0;
        b->generation++;
        pthread_cond_broadcast(&b->cv);
    } else {
        while (gen == b->generation) pthread_cond_wait(&b->cv, &b->m);
    }
    pthread_mutex_unlock(&b->m);
}
static int grid[NT];
static int sums[NT];
static void *cell(void *arg) {
    int id = (int)(long)arg;
    grid[id] = id * 10;
    barrier_wait(&bar);
    int s = 0;
    for (int i = 0; i < NT; i++) s += grid[i];
    sums[id] = s;
    return NULL;
}
int main(void) {
    pthread_t t[NT];
    for (long i = 0; i < NT; i++) pthread_create(&t[i], NULL, cell, (void *)i);
    for (int i = 0; i < NT; i++) pthread_join(t[i], NULL);
    return sums[0] == sums[NT - 1] ? 0 : 1;
}
