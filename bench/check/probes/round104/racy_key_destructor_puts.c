/* TRUTH: racy — the key's destructor puts() reads msg as the worker exits, while main writes msg without waiting for it */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
typedef void (*dtor_t)(void *);
static pthread_key_t key;
static char msg[32] = "hello";
static void *worker(void *arg)
{
    (void)arg;
    pthread_setspecific(key, msg);
    return NULL;
}
int main(void)
{
    pthread_t t;
    pthread_key_create(&key, (dtor_t)puts);
    pthread_create(&t, NULL, worker, NULL);
    msg[0] = 'j';
    pthread_join(t, NULL);
    return 0;
}
