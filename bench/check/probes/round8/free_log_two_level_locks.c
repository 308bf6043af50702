/* TRUTH: free. The global channel list is guarded by reg_lock and each channel's buffer by its own lock; every access to a channel's fields holds that channel's lock. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

typedef struct channel {
    char name[8];
    char buf[128];
    size_t used;
    pthread_mutex_t lock;
    struct channel *next;
} channel_t;

static channel_t *channels;
static pthread_mutex_t reg_lock = PTHREAD_MUTEX_INITIALIZER;

static channel_t *get_channel(const char *name)
{
    channel_t *c;
    pthread_mutex_lock(&reg_lock);
    for (c = channels; c; c = c->next)
        if (strcmp(c->name, name) == 0)
            goto out;
    c = calloc(1, sizeof *c);
    if (!c)
        goto out;
    strncpy(c->name, name, sizeof c->name - 1);
    pthread_mutex_init(&c->lock, NULL);
    c->next = channels;
    channels = c;
out:
    pthread_mutex_unlock(&reg_lock);
    return c;
}

static void chan_write(channel_t *c, const char *s)
{
    size_t n = strlen(s);
    pthread_mutex_lock(&c->lock);
    if (c->used + n < sizeof c->buf) {
        memcpy(c->buf + c->used, s, n);
        c->used += n;
    } else {
        c->used = 0;
    }
    pthread_mutex_unlock(&c->lock);
}

static void *client(void *arg)
{
    const char *who = arg;
    for (int i = 0; i < 30; i++) {
        channel_t *c = get_channel((i & 1) ? "audit" : "main");
        if (c)
            chan_write(c, who);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, client, "A:");
    pthread_create(&b, NULL, client, "B:");
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    while (channels) {
        channel_t *n = channels->next;
        pthread_mutex_destroy(&channels->lock);
        free(channels);
        channels = n;
    }
    return 0;
}
