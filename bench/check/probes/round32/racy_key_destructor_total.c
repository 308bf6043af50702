/* TRUTH: racy. Both workers set a non-NULL value for the key, so the destructor cleanup() runs at each worker's exit, in the two workers concurrently, and both do freed++ unlocked. */
#include <pthread.h>
#include <stdlib.h>
static pthread_key_t key;
int freed;
static void cleanup(void *p) {
    free(p);
    freed++;
}
static void *worker(void *arg) {
    (void)arg;
    pthread_setspecific(key, malloc(16));
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_key_create(&key, cleanup);
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return freed;
}
