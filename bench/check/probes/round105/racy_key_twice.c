/* TRUTH: racy — two threads each call pthread_key_create(&key): two unordered stores to key */
#include <pthread.h>
#include <stdlib.h>


static pthread_key_t key;
static void *worker(void *arg) {
    pthread_key_create(&key, NULL);
    pthread_setspecific(key, arg);
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
