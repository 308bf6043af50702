/* TRUTH: racy — the worker never sets its key's value, so pthread_getspecific is null on every pass and it writes shared while main does */
#include <pthread.h>
static pthread_key_t key;
static int token, shared;
static void *worker(void *arg)
{
    (void)arg;
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
    return shared + token;
}
