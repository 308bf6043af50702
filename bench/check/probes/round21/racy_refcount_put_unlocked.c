/* TRUTH: racy. obj_get() increments buf->refs under buf->lock, but obj_put() decrements buf->refs with no lock; the two reader threads run obj_get/obj_put on the same shared buffer concurrently, so 'b->refs--' in one races with 'b->refs++' / 'b->refs--' in the other. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct buffer {
    pthread_mutex_t lock;
    int refs;
    size_t len;
    char data[64];
};

static struct buffer *shared_buf;

static struct buffer *buf_new(const char *s)
{
    struct buffer *b = calloc(1, sizeof *b);
    if (!b)
        return NULL;
    pthread_mutex_init(&b->lock, NULL);
    b->refs = 1;
    b->len = strlen(s);
    memcpy(b->data, s, b->len + 1);
    return b;
}

static void obj_get(struct buffer *b)
{
    pthread_mutex_lock(&b->lock);
    b->refs++;
    pthread_mutex_unlock(&b->lock);
}

static int obj_put(struct buffer *b)
{
    int left;
    b->refs--;                       /* BUG: not under b->lock */
    left = b->refs;
    return left;
}

static void *reader(void *arg)
{
    int rounds = (int)(long)arg;
    size_t total = 0;
    for (int i = 0; i < rounds; i++) {
        obj_get(shared_buf);
        total += shared_buf->len;
        if (obj_put(shared_buf) == 0)
            break;
    }
    return (void *)total;
}

int main(void)
{
    pthread_t r1, r2;
    shared_buf = buf_new("hello, world");
    if (!shared_buf)
        return 1;
    pthread_create(&r1, NULL, reader, (void *)10L);
    pthread_create(&r2, NULL, reader, (void *)20L);
    pthread_join(r1, NULL);
    pthread_join(r2, NULL);
    printf("refs %d\n", shared_buf->refs);
    pthread_mutex_destroy(&shared_buf->lock);
    free(shared_buf);
    return 0;
}
