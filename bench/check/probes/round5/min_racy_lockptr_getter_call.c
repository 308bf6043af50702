/* TRUTH: racy - the lock is whatever my_lock(arg) returns: lb for the NULL-arg thread, la for the other, so total++ runs under two different mutexes */
#include <pthread.h>
pthread_mutex_t la = PTHREAD_MUTEX_INITIALIZER, lb = PTHREAD_MUTEX_INITIALIZER;
int total;
pthread_mutex_t *my_lock(void *id) { return id ? &la : &lb; }
void *worker(void *arg)
{
    pthread_mutex_lock(my_lock(arg));
    total++;
    pthread_mutex_unlock(my_lock(arg));
    return NULL;
}
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, &a);
    return 0;
}
