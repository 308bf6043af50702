/* TRUTH: racy — the unlocked first check reads inited (and then config) while another thread writes them under the lock; plain int flag, no atomics */
#include <pthread.h>
static int inited, config;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int get_config(void)
{
    if (!inited) {
        pthread_mutex_lock(&m);
        if (!inited) {
            config = 77;
            inited = 1;
        }
        pthread_mutex_unlock(&m);
    }
    return config;
}
static void *user(void *arg)
{
    (void)arg;
    return (void *)(long)get_config();
}
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, user, NULL);
    pthread_create(&b, NULL, user, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
