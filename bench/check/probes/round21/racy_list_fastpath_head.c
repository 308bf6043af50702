/* TRUTH: racy. contains() has a "fast path" that reads the global 'head' pointer and head->key without list_lock; the inserter thread concurrently executes 'head = n' under list_lock, so the unlocked read of head races with that write. */
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
    pthread_mutex_lock(&list_lock);
    n->next = head;
    head = n;
    pthread_mutex_unlock(&list_lock);
    return 0;
}

static int contains(int key)
{
    struct node *h = head;               /* fast path: most recent insert */
    if (h != NULL && h->key == key)
        return 1;
    int found = 0;
    pthread_mutex_lock(&list_lock);
    for (struct node *n = head; n; n = n->next)
        if (n->key == key) {
            found = 1;
            break;
        }
    pthread_mutex_unlock(&list_lock);
    return found;
}

static void *inserter(void *arg)
{
    int base = (int)(long)arg;
    for (int i = 0; i < 16; i++)
        if (insert(base + i) != 0)
            break;
    return NULL;
}

static void *searcher(void *arg)
{
    int hits = 0;
    (void)arg;
    for (int i = 0; i < 32; i++)
        hits += contains(i);
    return (void *)(long)hits;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, inserter, (void *)0L);
    pthread_create(&b, NULL, searcher, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    while (head) {
        struct node *n = head;
        head = n->next;
        free(n);
    }
    return 0;
}
