/* The channel's implementation, annotated for weft so a trace shows each send and receive. */
#include "chan.h"

#include "weft.h"

void chan_init(struct chan *c, const char *name)
{
    c->name = name;
    pthread_mutex_init(&c->lock, NULL);
    pthread_cond_init(&c->not_empty, NULL);
    pthread_cond_init(&c->not_full, NULL);
    c->head = c->count = c->closed = 0;
    /* The trace knows a channel by its address; this mark ties that address to the name. */
    WEFT_MARK_ANNOTATION(name, (uintptr_t)c);
}

void chan_destroy(struct chan *c)
{
    pthread_cond_destroy(&c->not_full);
    pthread_cond_destroy(&c->not_empty);
    pthread_mutex_destroy(&c->lock);
}

int chan_send(struct chan *c, long value)
{
    pthread_mutex_lock(&c->lock);
    while (c->count == CHAN_CAPACITY && !c->closed)
        pthread_cond_wait(&c->not_full, &c->lock);
    if (c->closed) {
        pthread_mutex_unlock(&c->lock);
        return -1;
    }
    c->items[(c->head + c->count++) % CHAN_CAPACITY] = value;
    pthread_cond_signal(&c->not_empty);
    pthread_mutex_unlock(&c->lock);
    WEFT_CHAN_SEND_ANNOTATION(c, value);
    return 0;
}

int chan_recv(struct chan *c, long *value)
{
    pthread_mutex_lock(&c->lock);
    while (c->count == 0 && !c->closed)
        pthread_cond_wait(&c->not_empty, &c->lock);
    if (c->count == 0) {
        pthread_mutex_unlock(&c->lock);
        return 0;
    }
    *value = c->items[c->head];
    c->head = (c->head + 1) % CHAN_CAPACITY;
    c->count--;
    pthread_cond_signal(&c->not_full);
    pthread_mutex_unlock(&c->lock);
    WEFT_CHAN_RECV_ANNOTATION(c, *value);
    return 1;
}

void chan_close(struct chan *c)
{
    pthread_mutex_lock(&c->lock);
    c->closed = 1;
    pthread_cond_broadcast(&c->not_empty);
    pthread_cond_broadcast(&c->not_full);
    pthread_mutex_unlock(&c->lock);
}
