/* TRUTH: free — refcount is decremented under the object's mutex; the last owner frees after unlocking */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct session {
    pthread_mutex_t lock;
    int refs;
    int id;
};

static void session_unref(struct session *s)
{
    int last;
    pthread_mutex_lock(&s->lock);
    last = (--s->refs == 0);
    pthread_mutex_unlock(&s->lock);
    if (last) {
        pthread_mutex_destroy(&s->lock);
        free(s);
    }
}

static void *handler(void *arg)
{
    struct session *s = arg;
    printf("handling session %d\n", s->id);
    session_unref(s);
    return NULL;
}

int main(void)
{
    pthread_t t[4];
    struct session *s = malloc(sizeof *s);
    if (!s)
        return 1;
    pthread_mutex_init(&s->lock, NULL);
    s->refs = 4;
    s->id = 17;
    for (int i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, handler, s);
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    return 0;
}
