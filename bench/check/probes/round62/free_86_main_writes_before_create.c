/* TRUTH: free — main writes mode before pthread_create (create orders it before the thread) and reads result only after join */
#include <pthread.h>
static int mode, result;
static void *worker(void *arg)
{
    (void)arg;
    result = mode * 2;
    return NULL;
}
int main(void)
{
    pthread_t t;
    mode = 3;
    pthread_create(&t, NULL, worker, NULL);
    pthread_join(t, NULL);
    return result == 6 ? 0 : 1;
}
