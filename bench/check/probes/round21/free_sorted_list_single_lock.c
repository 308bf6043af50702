/* TRUTH: race-free. The sorted linked list (head and every node's key/next) is accessed only with list_lock held, in insert(), erase() and sum(); nodes are allocated and initialised privately before being linked in under the lock, and freed only after being unlinked under it. main tears the list down after joining. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct node {
    int key;
    struct node *next;
};

static struct node *head;
static pthread_mutex_t list_lock = PTHREAD_MUTEX_INITIALIZER;

static int insert(int key)
{
    struct node *n = malloc(sizeof *n);
    if (!n)
        return -1;
    n->key = key;
    n->next = NULL;
    pthread_mutex_lock(&list_lock);
    struct node **pp = &head;
    while (*pp && (*pp)->key < key)
        pp = &(*pp)->next;
    if (*pp && (*pp)->key == key) {
        pthread_mutex_unlock(&list_lock);
        free(n);
        return 1;
    }
    n->next = *pp;
    *pp = n;
    pthread_mutex_unlock(&list_lock);
    return 0;
}

static int erase(int key)
{
    struct node *victim = NULL;
    pthread_mutex_lock(&list_lock);
    for (struct node **pp = &head; *pp; pp = &(*pp)->next) {
        if ((*pp)->key == key) {
            victim = *pp;
            *pp = victim->next;
            break;
        }
    }
    pthread_mutex_unlock(&list_lock);
    if (!victim)
        return -1;
    free(victim);
    return 0;
}

static long sum(void)
{
    long s = 0;
    pthread_mutex_lock(&list_lock);
    for (struct node *n = head; n; n = n->next)
        s += n->key;
    pthread_mutex_unlock(&list_lock);
    return s;
}

static void *mutator(void *arg)
{
    int base = (int)(long)arg;
    for (int i = 0; i < 20; i++) {
        insert(base + i);
        if (i % 3 == 0)
            erase(base + i / 2);
    }
    return NULL;
}

static void *observer(void *arg)
{
    long s = 0;
    (void)arg;
    for (int i = 0; i < 10; i++)
        s += sum();
    return (void *)s;
}

int main(void)
{
    pthread_t a, b, o;
    pthread_create(&a, NULL, mutator, (void *)0L);
    pthread_create(&b, NULL, mutator, (void *)10L);
    pthread_create(&o, NULL, observer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(o, NULL);
    while (head) {
        struct node *n = head;
        head = n->next;
        free(n);
    }
    return 0;
}
