/* TRUTH: racy. The statistics thread walks the session list without list_lock while another thread unlinks and frees sessions. */
#include <pthread.h>
#include <stdlib.h>

typedef struct session {
    int id;
    long bytes;
    struct session *next;
} session_t;

static session_t *sessions;
static pthread_mutex_t list_lock = PTHREAD_MUTEX_INITIALIZER;

static void add_session(int id)
{
    session_t *s = malloc(sizeof *s);
    if (!s)
        return;
    s->id = id;
    s->bytes = id * 10L;
    pthread_mutex_lock(&list_lock);
    s->next = sessions;
    sessions = s;
    pthread_mutex_unlock(&list_lock);
}

static void drop_session(int id)
{
    session_t **pp, *victim = NULL;
    pthread_mutex_lock(&list_lock);
    for (pp = &sessions; *pp; pp = &(*pp)->next) {
        if ((*pp)->id == id) {
            victim = *pp;
            *pp = victim->next;
            break;
        }
    }
    pthread_mutex_unlock(&list_lock);
    free(victim);
}

static void *churn(void *arg)
{
    (void)arg;
    for (int i = 0; i < 50; i++) {
        add_session(i);
        if (i % 3 == 0)
            drop_session(i - 3);
    }
    return NULL;
}

static void *stats(void *arg)
{
    long total = 0;
    (void)arg;
    for (int round = 0; round < 20; round++) {
        for (session_t *s = sessions; s; s = s->next)
            total += s->bytes;
    }
    return (void *)total;
}

int main(void)
{
    pthread_t c, s;
    pthread_create(&c, NULL, churn, NULL);
    pthread_create(&s, NULL, stats, NULL);
    pthread_join(c, NULL);
    pthread_join(s, NULL);
    while (sessions) {
        session_t *n = sessions->next;
        free(sessions);
        sessions = n;
    }
    return 0;
}
