/* TRUTH: free — double-checked locking done right: atomic pointer with acquire load and release store */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

struct logger { FILE *out; int level; };

static _Atomic(struct logger *) instance;
static pthread_mutex_t inst_lock = PTHREAD_MUTEX_INITIALIZER;

static struct logger *get_logger(void)
{
    struct logger *l = atomic_load_explicit(&instance, memory_order_acquire);
    if (l == NULL) {
        pthread_mutex_lock(&inst_lock);
        l = atomic_load_explicit(&instance, memory_order_relaxed);
        if (l == NULL) {
            l = malloc(sizeof *l);
            if (!l)
                abort();
            l->out = stdout;
            l->level = 2;
            atomic_store_explicit(&instance, l, memory_order_release);
        }
        pthread_mutex_unlock(&inst_lock);
    }
    return l;
}

static void *worker(void *arg)
{
    struct logger *l = get_logger();
    fprintf(l->out, "worker %ld level %d\n", (long)arg, l->level);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)1L);
    pthread_create(&b, NULL, worker, (void *)2L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    free(atomic_load(&instance));
    return 0;
}
