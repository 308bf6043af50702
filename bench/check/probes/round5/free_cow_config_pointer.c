/* TRUTH: race-free - the updater fills a fresh config completely, then swaps the global pointer under cfg_lock; readers copy the pointer under cfg_lock and only read the (never-modified) config it points to; old configs are never freed */
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
    for (int i = 0; i < 3; i++) {
        struct config *n = malloc(sizeof *n);
        n->timeout = 10 * i;
        n->retries = i;
        pthread_mutex_lock(&cfg_lock);
        current = n;
        pthread_mutex_unlock(&cfg_lock);
    }
    return NULL;
}
int main(void)
{
    pthread_t r1, r2, u;
    pthread_create(&r1, NULL, reader, NULL);
    pthread_create(&r2, NULL, reader, NULL);
    pthread_create(&u, NULL, updater, NULL);
    pthread_join(r1, NULL);
    pthread_join(r2, NULL);
    pthread_join(u, NULL);
    return 0;
}
