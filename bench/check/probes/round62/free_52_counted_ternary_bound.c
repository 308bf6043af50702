/* TRUTH: free — the loop test i < (*p ? 0 : i + 1) holds while flag == 0 (read under m), so the consumer passes it only after main set flag under m, after writing msg; the consumer then reads msg */
#include <pthread.h>
#include <sched.h>
static int flag;
static long msg;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *consumer(void *arg)
{
    int *p = &flag;
    (void)arg;
    pthread_mutex_lock(&m);
    for (int i = 0; i < (*p ? 0 : i + 1); i++) {
        pthread_mutex_unlock(&m);
        sched_yield();
        pthread_mutex_lock(&m);
    }
    pthread_mutex_unlock(&m);
    return (void *)msg;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, consumer, NULL);
    msg = 7;
    pthread_mutex_lock(&m);
    flag = 1;
    pthread_mutex_unlock(&m);
    pthread_join(t, NULL);
    return 0;
}
