/* TRUTH: racy — thread a guards bal with ma, thread b with mb; different locks do not exclude each other, so the two updates of bal race */
#include <pthread.h>
static long bal;
static pthread_mutex_t ma = PTHREAD_MUTEX_INITIALIZER, mb = PTHREAD_MUTEX_INITIALIZER;
static void *fa(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&ma);
    bal += 10;
    pthread_mutex_unlock(&ma);
    return NULL;
}
static void *fb(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&mb);
    bal -= 5;
    pthread_mutex_unlock(&mb);
    return NULL;
}
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, fa, NULL);
    pthread_create(&b, NULL, fb, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return (int)bal;
}
