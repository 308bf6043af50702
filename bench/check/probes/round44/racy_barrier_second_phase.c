/* TRUTH: racy — after the barrier each thread overwrites its own in[] slot while the neighbour reads it, with no second barrier */
#include <pthread.h>
#define NT 3
static pthread_barrier_t bar;
static int in[NT];
static int out[NT];
static void *stage(void *arg) {
    int id = (int)(long)arg;
    in[id] = id + 1;
    pthread_barrier_wait(&bar);
    out[id] = in[(id + 1) % NT];
    in[id] = out[id] * 2;          /* neighbour (id-1) may still be reading in[id] */
    return NULL;
}
int main(void) {
    pthread_t t[NT];
    pthread_barrier_init(&bar, NULL, NT);
    for (long i = 0; i < NT; i++) pthread_create(&t[i], NULL, stage, (void *)i);
    for (int i = 0; i < NT; i++) pthread_join(t[i], NULL);
    return out[0];
}
