/* TRUTH: race-free. The reader spins through tail recursion until done is set under m; the writer sets data before setting done, so data's write happens before the read. */
#include <pthread.h>
#include <sched.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int done;
int data;
static void wait_done(void) {
    pthread_mutex_lock(&m);
    int d = done;
    pthread_mutex_unlock(&m);
    if (!d) {
        sched_yield();
        wait_done();
    }
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
    wait_done();
    data++;
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, writer, NULL);
    pthread_create(&b, NULL, reader, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return data;
}
