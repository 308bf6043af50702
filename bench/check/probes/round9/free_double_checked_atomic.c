/* TRUTH: free. instance is an atomic pointer published with a release store under the lock and read with acquire loads, so s->port's initialization happens-before its reads. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

struct service {
    int port;
};

static pthread_mutex_t init_lock = PTHREAD_MUTEX_INITIALIZER;
static struct service *_Atomic instance;

static struct service *get_service(void)
{
    struct service *s = atomic_load_explicit(&instance, memory_order_acquire);
    if (s == NULL) {
        pthread_mutex_lock(&init_lock);
        s = atomic_load_explicit(&instance, memory_order_relaxed);
        if (s == NULL) {
            s = malloc(sizeof *s);
            if (s) {
                s->port = 8080;
                atomic_store_explicit(&instance, s, memory_order_release);
            }
        }
        pthread_mutex_unlock(&init_lock);
    }
    return s;
}

static void *client(void *arg)
{
    int *port = arg;
    struct service *s = get_service();
    *port = s ? s->port : -1;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    int pa = 0, pb = 0;
    pthread_create(&a, NULL, client, &pa);
    pthread_create(&b, NULL, client, &pb);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", pa, pb);
    free(atomic_load(&instance));
    return 0;
}
