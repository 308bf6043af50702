/* TRUTH: free — phase 1 each thread writes its own slot, barrier, phase 2 reads neighbours' slots and writes own out[] slot */
#include <pthread.h>
#define NT 4
static pthread_barrier_t bar;
static int in[NT];
static int out[NT];
static void *stage(void *arg) {
    int id = (int)(long)arg;
    in[id] = id * id;
    pthread_barrier_wait(&bar);
    out[id] = in[(id + 1) % NT] + in[(id + NT - 1) % NT];
    return NULL;
}
int main(void) {
    pthread_t t[NT];
    pthread_barrier_init(&bar, NULL, NT);
    for (long i = 0; i < NT; i++) pthread_create(&t[i], NULL, stage, (void *)i);
    for (int i = 0; i < NT; i++) pthread_join(t[i], NULL);
    pthread_barrier_destroy(&bar);
    int s = 0;
    for (int i = 0; i < NT; i++) s += out[i];
    return s;
}
