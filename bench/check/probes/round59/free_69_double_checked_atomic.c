/* TRUTH: free — inst is an _Atomic pointer read with acquire outside the lock and published with a release store inside the lock; the plain init of *s happens-before any use through an acquired pointer; the second check is under the mutex. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>

struct svc { int port; int backlog; };

static struct svc *_Atomic inst;
static pthread_mutex_t im = PTHREAD_MUTEX_INITIALIZER;

static struct svc *get_instance(void)
{
    struct svc *p = atomic_load_explicit(&inst, memory_order_acquire);
    if (p == NULL) {
        pthread_mutex_lock(&im);
        p = atomic_load_explicit(&inst, memory_order_relaxed);
        if (p == NULL) {
            p = malloc(sizeof *p);
            if (p) {
                p->port = 8080;
                p->backlog = 16;
            }
            atomic_store_explicit(&inst, p, memory_order_release);
        }
        pthread_mutex_unlock(&im);
    }
    return p;
}

static void *user(void *a)
{
    struct svc *s = get_instance();
    return s ? (void *)(long)(s->port + s->backlog) : a;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, user, NULL);
    pthread_create(&b, NULL, user, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    free(atomic_load(&inst));
    return 0;
}
