/* TRUTH: free — main creates the key before starting the threads, which only read it */
#include <pthread.h>
#include <stdlib.h>


static pthread_key_t key;
static void *worker(void *arg) {
    pthread_setspecific(key, arg);
    return pthread_getspecific(key);
}
int main(void) {
    pthread_t a, b;
    pthread_key_create(&key, NULL);
    pthread_create(&a, NULL, worker, (void *)1);
    pthread_create(&b, NULL, worker, (void *)2);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_key_delete(key);
    return 0;
}
