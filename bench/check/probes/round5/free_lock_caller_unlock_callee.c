/* TRUTH: race-free - the thread locks m in the caller; commit() updates total and then releases m, so every access to total is inside m */
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int total;
static void commit(int v)
{
    total += v;
    pthread_mutex_unlock(&m);
}
static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20; i++) {
        pthread_mutex_lock(&m);
        commit(i);
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
    return total == 380 ? 0 : 1;
}
