/* TRUTH: racy — the reset thread memsets the counters through a 'void *area' field of its request while main increments gc.hits under a mutex the resetter never takes */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct counters { long hits; long misses; };
static struct counters gc;
static pthread_mutex_t gc_lock = PTHREAD_MUTEX_INITIALIZER;

struct reset_req { void *area; size_t len; };

static void *resetter(void *arg)
{
    struct reset_req *r = arg;
    for (int i = 0; i < 20; i++) {
        memset(r->area, 0, r->len);
        usleep(500);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    static struct reset_req req;
    req.area = &gc;
    req.len = sizeof gc;
    pthread_create(&t, NULL, resetter, &req);
    for (int i = 0; i < 40; i++) {
        pthread_mutex_lock(&gc_lock);
        gc.hits++;
        pthread_mutex_unlock(&gc_lock);
        usleep(250);
    }
    pthread_join(t, NULL);
    printf("%ld\n", gc.hits);
    return 0;
}
