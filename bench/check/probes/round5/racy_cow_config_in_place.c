/* TRUTH: racy - the updater modifies the currently published config in place (c->timeout = ...) after taking the pointer, while readers read c->timeout without the lock */
#include <pthread.h>
#include <stdlib.h>
struct config { int timeout; int retries; };
static struct config initial = { 30, 3 };
static struct config *current = &initial;
static pthread_mutex_t cfg_lock = PTHREAD_MUTEX_INITIALIZER;
static struct config *get_config(void)
{
    pthread_mutex_lock(&cfg_lock);
    struct config *c = current;
    pthread_mutex_unlock(&cfg_lock);
    return c;
}
static void *reader(void *arg)
{
    (void)arg;
    long s = 0;
    for (int i = 0; i < 100; i++) {
        struct config *c = get_config();
        s += c->timeout + c->retries;
    }
    return (void *)s;
}
static void *updater(void *arg)
{
    (void)arg;
    struct config *c = get_config();
    c->timeout = 5;
    return NULL;
}
int main(void)
{
    pthread_t r1, u;
    pthread_create(&r1, NULL, reader, NULL);
    pthread_create(&u, NULL, updater, NULL);
    pthread_join(r1, NULL);
    pthread_join(u, NULL);
    return 0;
}
