/* TRUTH: racy. The producer keeps a pointer and bumps msg->seq after handing the message over, while the consumer reads and frees it. */
#include <pthread.h>
#include <stdlib.h>

typedef struct msg { int seq; char text[24]; } msg_t;

static struct {
    pthread_mutex_t lock;
    pthread_cond_t cv;
    msg_t *slot;
    int closed;
} mb = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, NULL, 0 };

static void put(msg_t *m)
{
    pthread_mutex_lock(&mb.lock);
    while (mb.slot)
        pthread_cond_wait(&mb.cv, &mb.lock);
    mb.slot = m;
    pthread_cond_broadcast(&mb.cv);
    pthread_mutex_unlock(&mb.lock);
}

static msg_t *get(void)
{
    msg_t *m;
    pthread_mutex_lock(&mb.lock);
    while (!mb.slot && !mb.closed)
        pthread_cond_wait(&mb.cv, &mb.lock);
    m = mb.slot;
    mb.slot = NULL;
    pthread_cond_broadcast(&mb.cv);
    pthread_mutex_unlock(&mb.lock);
    return m;
}

static void *producer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 10; i++) {
        msg_t *m = malloc(sizeof *m);
        if (!m)
            break;
        m->seq = i;
        m->text[0] = 'a' + i;
        m->text[1] = 0;
        put(m);
        m->seq++;
    }
    pthread_mutex_lock(&mb.lock);
    mb.closed = 1;
    pthread_cond_broadcast(&mb.cv);
    pthread_mutex_unlock(&mb.lock);
    return NULL;
}

static void *consumer(void *arg)
{
    long sum = 0;
    msg_t *m;
    (void)arg;
    while ((m = get()) != NULL) {
        sum += m->seq + m->text[0];
        free(m);
    }
    return (void *)sum;
}

int main(void)
{
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
