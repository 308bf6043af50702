/* TRUTH: free. Each thread only touches its own __thread counter; the published pointer is read by main after joining. */
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
