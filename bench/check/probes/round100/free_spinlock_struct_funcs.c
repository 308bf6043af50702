/* TRUTH: free — list push/pop always bracketed by spin_lock/spin_unlock on the same spinlock */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct { atomic_flag f; } spinlock_t;

static void spin_lock(spinlock_t *l)
{
    while (atomic_flag_test_and_set(&l->f))
        ;
}

static void spin_unlock(spinlock_t *l)
{
    atomic_flag_clear(&l->f);
}

struct node { int v; struct node *next; };

static spinlock_t list_lock = { ATOMIC_FLAG_INIT };
static struct node *list;

static void *pusher(void *arg)
{
    int base = (int)(long)arg;
    for (int i = 0; i < 100; i++) {
        struct node *n = malloc(sizeof *n);
        if (!n)
            abort();
        n->v = base + i;
        spin_lock(&list_lock);
        n->next = list;
        list = n;
        spin_unlock(&list_lock);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    int count = 0;
    pthread_create(&a, NULL, pusher, (void *)0L);
    pthread_create(&b, NULL, pusher, (void *)1000L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    while (list) {
        struct node *n = list;
        list = n->next;
        free(n);
        count++;
    }
    printf("%d nodes\n", count);
    return 0;
}
