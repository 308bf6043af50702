/* TRUTH: free — the key is created under pthread_once, which orders the creation before every thread's use of it */
#include <pthread.h>
#include <stdlib.h>


static pthread_key_t key;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static void make_key(void) { pthread_key_create(&key, NULL); }
static void *worker(void *arg) {
    pthread_once(&once, make_key);
    pthread_setspecific(key, arg);
    return pthread_getspecific(key);
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)1);
    pthread_create(&b, NULL, worker, (void *)2);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
