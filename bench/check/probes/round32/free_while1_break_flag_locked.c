/* TRUTH: race-free. The reader loops with while (1) until it sees done set under m, then touches data; the writer wrote data before setting done under m. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int done;
int data;
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
    while (1) {
        pthread_mutex_lock(&m);
        if (done) {
            pthread_mutex_unlock(&m);
            break;
        }
        pthread_mutex_unlock(&m);
    }
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
