/* TRUTH: free — each thread creates a key in its own local variable */
#include <pthread.h>
#include <stdlib.h>


static void *worker(void *arg) {
    pthread_key_t k;
    pthread_key_create(&k, NULL);
    pthread_setspecific(k, arg);
    pthread_key_delete(k);
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
