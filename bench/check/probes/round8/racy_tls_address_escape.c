/* TRUTH: racy. Thread B writes through the published address of thread A's __thread counter while A keeps incrementing it. */
#include <pthread.h>

static __thread long my_count;
static long *volatile published;
static pthread_mutex_t pub_lock = PTHREAD_MUTEX_INITIALIZER;

static void *thread_a(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&pub_lock);
    published = &my_count;
    pthread_mutex_unlock(&pub_lock);
    for (int i = 0; i < 1000; i++)
        my_count++;
    return NULL;
}

static void *thread_b(void *arg)
{
    long *p = NULL;
    (void)arg;
    for (int i = 0; i < 1000; i++)
        my_count++;
    while (!p) {
        pthread_mutex_lock(&pub_lock);
        p = published;
        pthread_mutex_unlock(&pub_lock);
    }
    *p = 0;
    return p;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, thread_a, NULL);
    pthread_create(&b, NULL, thread_b, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return my_count != 0;
}
