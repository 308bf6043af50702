/* TRUTH: free — each thread creates the key (if not yet created) and reads it under one mutex */
#include <pthread.h>
#include <stdlib.h>


static pthread_key_t key;
static int made;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *worker(void *arg) {
    pthread_key_t k;
    pthread_mutex_lock(&m);
    if (!made) {
        pthread_key_create(&key, NULL);
        made = 1;
    }
    k = key;
    pthread_mutex_unlock(&m);
    pthread_setspecific(k, arg);
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)1);
    pthread_create(&b, NULL, worker, (void *)2);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
