/* A small CSP channel for threads: a bounded queue of longs with close, built on a mutex and condvars. */
#ifndef WEFT_EXAMPLE_CHAN_H
#define WEFT_EXAMPLE_CHAN_H

#include <pthread.h>

#define CHAN_CAPACITY 4

struct chan {
    const char *name;
    pthread_mutex_t lock;
    pthread_cond_t not_empty, not_full;
    long items[CHAN_CAPACITY];
    int head, count, closed;
};

/* Makes an open, empty channel; name must outlive it (weft gets it as a mark). */
void chan_init(struct chan *c, const char *name);
void chan_destroy(struct chan *c);

/* Blocks while the channel is full; returns 0, or -1 if the channel was closed. */
int chan_send(struct chan *c, long value);

/* Blocks while the channel is empty and open; returns 1 with *value set, or 0 once the
 * channel is closed and drained (like Go's "v, ok := <-ch"). */
int chan_recv(struct chan *c, long *value);

/* No more sends: receivers drain what is left, then see the end. */
void chan_close(struct chan *c);

#endif
