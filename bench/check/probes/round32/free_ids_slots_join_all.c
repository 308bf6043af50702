/* TRUTH: race-free. Each of 4 threads writes only slot[id] (distinct ids 0..3); main reads the slots after joining all of them. */
#include <pthread.h>
#define N 4
int slot[N];
static void *worker(void *arg) {
    long id = (long)arg;
    slot[id] = (int)id * 10;
    return NULL;
}
int main(void) {
    pthread_t t[N];
    long i;
    int sum = 0;
    for (i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    for (i = 0; i < N; i++)
        sum += slot[i];
    return sum;
}
