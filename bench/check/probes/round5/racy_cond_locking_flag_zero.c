/* TRUTH: racy - use_lock stays 0 (main never sets it), so the two workers increment counter without the mutex */
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int use_lock;
static int counter;
static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 10; i++) {
        if (use_lock)
            pthread_mutex_lock(&m);
        counter++;
        if (use_lock)
            pthread_mutex_unlock(&m);
    }
    return NULL;
}
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return counter;
}
