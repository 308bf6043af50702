/* TRUTH: race-free. The reader's for loop counts spins but ends only when is_done() sees done set under m; data was written before done was set. */
#include <pthread.h>
#include <sched.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int done;
int data;
static int is_done(void) {
    pthread_mutex_lock(&m);
    int d = done;
    pthread_mutex_unlock(&m);
    return d;
}
static void *writer(void *arg) {
    (void)arg;
    data = 42;
    pthread_mutex_lock(&m);
    done = 1;
    pthread_mutex_unlock(&m);
    return NULL;
}
static void *reader(void *arg) {
    (void)arg;
    unsigned long spins;
    for (spins = 0; !is_done(); spins++)
        sched_yield();
    data++;
    return (void *)spins;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, writer, NULL);
    pthread_create(&b, NULL, reader, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return data;
}
