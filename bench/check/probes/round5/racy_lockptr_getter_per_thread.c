/* TRUTH: racy - my_lock(id) returns a different mutex per thread id, so the shared total is not protected */
#include <pthread.h>
static pthread_mutex_t la = PTHREAD_MUTEX_INITIALIZER, lb = PTHREAD_MUTEX_INITIALIZER;
static int total;
static pthread_mutex_t *my_lock(int id) { return id == 0 ? &la : &lb; }
static void *worker(void *arg)
{
    int id = *(int *)arg;
    pthread_mutex_lock(my_lock(id));
    total++;
    pthread_mutex_unlock(my_lock(id));
    return NULL;
}
int main(void)
{
    pthread_t t[2];
    static int ids[2] = { 0, 1 };
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, worker, &ids[i]);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    return total;
}
