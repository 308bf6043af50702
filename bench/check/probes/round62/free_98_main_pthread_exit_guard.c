/* TRUTH: free — main reads flag under m once and calls pthread_exit unless the worker already set it (after writing result); main reads result only when flag was set */
#include <pthread.h>
#include <unistd.h>
static int flag, result;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *worker(void *arg)
{
    (void)arg;
    result = 31;
    pthread_mutex_lock(&m);
    flag = 1;
    pthread_mutex_unlock(&m);
    return NULL;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    usleep(1000);
    pthread_mutex_lock(&m);
    int f = flag;
    pthread_mutex_unlock(&m);
    if (!f)
        pthread_exit(NULL);
    int r = result;
    pthread_join(t, NULL);
    return r == 31 ? 0 : 1;
}
