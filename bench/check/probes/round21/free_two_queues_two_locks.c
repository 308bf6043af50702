/* TRUTH: race-free. There are two independent job lists, 'hi' guarded by hi_lock and 'lo' guarded by lo_lock; every access to a list's head pointer, its nodes and its counter is made under that list's own lock, nodes are never moved between lists (each is allocated privately and pushed onto exactly one), and main drains both after joining. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct job {
    int id;
    int prio;
    struct job *next;
};

struct jlist {
    pthread_mutex_t lock;
    struct job *head;
    int count;
};

static struct jlist hi = { PTHREAD_MUTEX_INITIALIZER, NULL, 0 };
static struct jlist lo = { PTHREAD_MUTEX_INITIALIZER, NULL, 0 };

static void push(struct jlist *l, int id, int prio)
{
    struct job *j = malloc(sizeof *j);
    if (!j)
        return;
    j->id = id;
    j->prio = prio;
    pthread_mutex_lock(&l->lock);
    j->next = l->head;
    l->head = j;
    l->count++;
    pthread_mutex_unlock(&l->lock);
}

static int pop(struct jlist *l)
{
    int id = -1;
    pthread_mutex_lock(&l->lock);
    struct job *j = l->head;
    if (j) {
        l->head = j->next;
        l->count--;
        id = j->id;
    }
    pthread_mutex_unlock(&l->lock);
    free(j);
    return id;
}

static void *hi_producer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 10; i++)
        push(&hi, i, 9);
    return NULL;
}

static void *lo_producer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 10; i++)
        push(&lo, 100 + i, 1);
    return NULL;
}

static void *consumer(void *arg)
{
    long s = 0;
    (void)arg;
    for (int i = 0; i < 8; i++) {
        int id = pop(&hi);
        if (id < 0)
            id = pop(&lo);
        if (id >= 0)
            s += id;
    }
    return (void *)s;
}

int main(void)
{
    pthread_t a, b, c;
    pthread_create(&a, NULL, hi_producer, NULL);
    pthread_create(&b, NULL, lo_producer, NULL);
    pthread_create(&c, NULL, consumer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(c, NULL);
    int left = 0;
    while (pop(&hi) >= 0)
        left++;
    while (pop(&lo) >= 0)
        left++;
    printf("%d left\n", left);
    return 0;
}
