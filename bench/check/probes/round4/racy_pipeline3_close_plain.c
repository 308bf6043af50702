/* TRUTH: racy - q_close sets closed without the queue mutex; the popping stage reads it under the mutex */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define COUNT 12

struct item {
    int seq;
    int raw;
    int cooked;
    struct item *next;
};

struct queue {
    pthread_mutex_t m;
    pthread_cond_t cv;
    struct item *head, *tail;
    int closed;
};

static struct queue q1 = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, NULL, NULL, 0 };
static struct queue q2 = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, NULL, NULL, 0 };
static long total;
static int received;

static void q_push(struct queue *q, struct item *it)
{
    it->next = NULL;
    pthread_mutex_lock(&q->m);
    if (q->tail)
        q->tail->next = it;
    else
        q->head = it;
    q->tail = it;
    pthread_cond_signal(&q->cv);
    pthread_mutex_unlock(&q->m);
}

static struct item *q_pop(struct queue *q)
{
    struct item *it;
    pthread_mutex_lock(&q->m);
    while (q->head == NULL && !q->closed)
        pthread_cond_wait(&q->cv, &q->m);
    it = q->head;
    if (it) {
        q->head = it->next;
        if (q->head == NULL)
            q->tail = NULL;
    }
    pthread_mutex_unlock(&q->m);
    return it;
}

static void q_close(struct queue *q)
{
    q->closed = 1;
    pthread_cond_broadcast(&q->cv);
}

static void *stage1(void *arg)
{
    (void)arg;
    for (int i = 0; i < COUNT; i++) {
        struct item *it = malloc(sizeof *it);
        if (!it)
            abort();
        it->seq = i;
        it->raw = i * 3;
        it->cooked = 0;
        q_push(&q1, it);
    }
    q_close(&q1);
    return NULL;
}

static void *stage2(void *arg)
{
    struct item *it;
    (void)arg;
    while ((it = q_pop(&q1)) != NULL) {
        it->cooked = it->raw + 1;
        q_push(&q2, it);
    }
    q_close(&q2);
    return NULL;
}

static void *stage3(void *arg)
{
    struct item *it;
    (void)arg;
    while ((it = q_pop(&q2)) != NULL) {
        total += it->cooked;
        received++;
        free(it);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b, c;
    pthread_create(&a, NULL, stage1, NULL);
    pthread_create(&b, NULL, stage2, NULL);
    pthread_create(&c, NULL, stage3, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(c, NULL);
    printf("received %d total %ld\n", received, total);
    return received == COUNT ? 0 : 1;
}
