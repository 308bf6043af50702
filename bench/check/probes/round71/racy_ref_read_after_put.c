/* TRUTH: racy — worker reads s->name after its own session_put; another worker/main may be the last and free(s) concurrently */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NWORKERS 3

struct session {
    atomic_int refs;
    pthread_mutex_t mu;
    char name[32];
    int hits;
    int closed;
};

static struct session *session_new(const char *name)
{
    struct session *s = malloc(sizeof *s);
    if (!s)
        abort();
    atomic_init(&s->refs, 1);
    pthread_mutex_init(&s->mu, NULL);
    strncpy(s->name, name, sizeof s->name - 1);
    s->name[sizeof s->name - 1] = 0;
    s->hits = 0;
    s->closed = 0;
    return s;
}

static void session_get(struct session *s)
{
    atomic_fetch_add_explicit(&s->refs, 1, memory_order_relaxed);
}

static void session_put(struct session *s)
{
    if (atomic_fetch_sub_explicit(&s->refs, 1, memory_order_acq_rel) == 1) {
        pthread_mutex_destroy(&s->mu);
        free(s);
    }
}

static void session_touch(struct session *s)
{
    pthread_mutex_lock(&s->mu);
    if (!s->closed)
        s->hits++;
    pthread_mutex_unlock(&s->mu);
}

static void *worker(void *arg)
{
    struct session *s = arg;
    int i;
    for (i = 0; i < 100; i++)
        session_touch(s);
    pthread_mutex_lock(&s->mu);
    int h = s->hits;
    pthread_mutex_unlock(&s->mu);
    session_put(s);
    if (h >= 0)
        printf("%c\n", s->name[0]);
    return NULL;
}

int main(void)
{
    pthread_t th[NWORKERS];
    struct session *s = session_new("alpha");
    int i;
    for (i = 0; i < NWORKERS; i++) {
        session_get(s);
        pthread_create(&th[i], NULL, worker, s);
    }
    pthread_mutex_lock(&s->mu);
    s->closed = 1;
    pthread_mutex_unlock(&s->mu);
    session_put(s);
    for (i = 0; i < NWORKERS; i++)
        pthread_join(th[i], NULL);
    return 0;
}
