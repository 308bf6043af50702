/* TRUTH: racy - one handler lowers srv.limit (a "config" field) without the lock while the other handler reads it in its loop condition */
#include <pthread.h>
#include <string.h>
struct server { char name[16]; int limit; pthread_mutex_t lock; int served; };
static struct server srv = { .lock = PTHREAD_MUTEX_INITIALIZER };
static void *handler(void *arg)
{
    (void)arg;
    for (int i = 0; i < srv.limit; i++) {
        pthread_mutex_lock(&srv.lock);
        srv.served++;
        pthread_mutex_unlock(&srv.lock);
    }
    return NULL;
}
static void *throttle(void *arg)
{
    (void)arg;
    srv.limit = 2;
    return NULL;
}
int main(void)
{
    strcpy(srv.name, "alpha");
    srv.limit = 5;
    pthread_t a, b;
    pthread_create(&a, NULL, handler, NULL);
    pthread_create(&b, NULL, throttle, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return srv.served;
}
