/* TRUTH: racy — classic double-checked locking with a plain pointer: the unlocked first check races with the locked store */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct logger { FILE *out; int level; };

static struct logger *instance;
static pthread_mutex_t inst_lock = PTHREAD_MUTEX_INITIALIZER;

static struct logger *get_logger(void)
{
    if (instance == NULL) {
        pthread_mutex_lock(&inst_lock);
        if (instance == NULL) {
            struct logger *l = malloc(sizeof *l);
            if (!l)
                abort();
            l->out = stdout;
            l->level = 2;
            instance = l;
        }
        pthread_mutex_unlock(&inst_lock);
    }
    return instance;
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
    free(instance);
    return 0;
}
