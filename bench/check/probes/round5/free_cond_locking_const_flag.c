/* TRUTH: race-free - use_lock is set to 1 before any thread starts and never changed, so every counter++ runs under m */
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
    use_lock = 1;
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return counter == 20 ? 0 : 1;
}
