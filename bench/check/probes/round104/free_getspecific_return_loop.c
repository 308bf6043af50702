/* TRUTH: free — the worker set its key's value itself, so pthread_getspecific is non-null on the first pass and it returns before writing shared */
#include <pthread.h>
static pthread_key_t key;
static int token, shared;
static void *worker(void *arg)
{
    (void)arg;
    pthread_setspecific(key, &token);
    for (int i = 0; i < 3; i++) {
        void *v = pthread_getspecific(key);
        if (v)
            return NULL;
    }
    shared = 1;
    return NULL;
}
int main(void)
{
    pthread_t t;
    pthread_key_create(&key, NULL);
    pthread_create(&t, NULL, worker, NULL);
    shared = 2;
    pthread_join(t, NULL);
    return shared;
}
