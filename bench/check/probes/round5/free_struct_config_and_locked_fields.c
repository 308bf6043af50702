/* TRUTH: race-free - srv.name/srv.limit are written before the threads start and only read after; srv.served is updated under srv.lock */
#include <pthread.h>
#include <string.h>
struct server { char name[16]; int limit; pthread_mutex_t lock; int served; };
static struct server srv = { .lock = PTHREAD_MUTEX_INITIALIZER };
static void *handler(void *arg)
{
    (void)arg;
    for (int i = 0; i < srv.limit; i++) {
        if (srv.name[0] == 0)
            break;
        pthread_mutex_lock(&srv.lock);
        srv.served++;
        pthread_mutex_unlock(&srv.lock);
    }
    return NULL;
}
int main(void)
{
    strcpy(srv.name, "alpha");
    srv.limit = 5;
    pthread_t a, b;
    pthread_create(&a, NULL, handler, NULL);
    pthread_create(&b, NULL, handler, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return srv.served == 10 ? 0 : 1;
}
