/* TRUTH: race-free - main holds m while creating the thread and writing shared; the thread's access is under m too */
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int shared;
static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    shared *= 2;
    pthread_mutex_unlock(&m);
    return NULL;
}
int main(void)
{
    pthread_t t;
    pthread_mutex_lock(&m);
    pthread_create(&t, NULL, worker, NULL);
    shared = 21;
    pthread_mutex_unlock(&m);
    pthread_join(t, NULL);
    return shared;
}
