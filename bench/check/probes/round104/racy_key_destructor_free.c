/* TRUTH: racy — the key's destructor free() releases the shared buffer as the worker exits, while main still writes it */
#include <pthread.h>
#include <stdlib.h>
static pthread_key_t key;
static int *buf;
static void *worker(void *arg)
{
    pthread_setspecific(key, arg);
    return NULL;
}
int main(void)
{
    pthread_t t;
    pthread_key_create(&key, free);
    buf = malloc(4 * sizeof *buf);
    if (!buf)
        return 1;
    pthread_create(&t, NULL, worker, buf);
    buf[0] = 1;
    pthread_join(t, NULL);
    return 0;
}
