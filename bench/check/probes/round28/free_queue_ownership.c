/* TRUTH: race-free. The producer fills a fresh message before pushing it under the lock and
   never touches it again; the consumer pops it under the same lock and then owns it
   (reads and frees it). The lock orders the push before the pop that returns it. */
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
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    for (int tries = 0; tries < 1000; tries++) {
        struct msg *m = pop();
        if (m) {
            printf("%d\n", m->len);
            free(m);
            break;
        }
    }
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
