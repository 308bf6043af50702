/* TRUTH: racy. The producer pushes a fresh message on a locked list and then, after
   unlocking, still writes msg->len; the consumer pops it under the lock and reads
   msg->len. Nothing orders the producer's late write with the consumer's read. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct msg {
    struct msg *next;
    int len;
};

static struct msg *head;
static pthread_mutex_t qlock = PTHREAD_MUTEX_INITIALIZER;

static void push(struct msg *m)
{
    pthread_mutex_lock(&qlock);
    m->next = head;
    head = m;
    pthread_mutex_unlock(&qlock);
}

static struct msg *pop(void)
{
    pthread_mutex_lock(&qlock);
    struct msg *m = head;
    if (m)
        head = m->next;
    pthread_mutex_unlock(&qlock);
    return m;
}

static void *producer(void *arg)
{
    (void)arg;
    struct msg *m = malloc(sizeof *m);
    if (!m)
        return NULL;
    m->len = 1;
    push(m);
    m->len = 2;
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    struct msg *m;
    while (!(m = pop()))
        ;
    printf("%d\n", m->len);
    return NULL;
}

int main(void)
{
    pthread_t p, c;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&c, NULL, consumer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
