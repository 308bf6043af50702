/* TRUTH: free — the builder fills a heap node then publishes it with an atomic release store of `published`; the reader acquires the pointer and reads the node; the builder never touches the node again. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

struct node { int key; char name[8]; };
static _Atomic(struct node *) published;

static void *builder(void *arg)
{
    (void)arg;
    struct node *n = malloc(sizeof *n);
    if (!n)
        return NULL;
    n->key = 42;
    n->name[0] = 'k';
    n->name[1] = '\0';
    atomic_store_explicit(&published, n, memory_order_release);
    return NULL;
}

static void *reader(void *arg)
{
    (void)arg;
    struct node *n;
    while ((n = atomic_load_explicit(&published, memory_order_acquire)) == NULL)
        ;
    printf("%d %s\n", n->key, n->name);
    return NULL;
}

int main(void)
{
    pthread_t b, r;
    pthread_create(&r, NULL, reader, NULL);
    pthread_create(&b, NULL, builder, NULL);
    pthread_join(b, NULL);
    if (atomic_load(&published) == NULL) {
        static struct node fallback = { 0, "none" };
        atomic_store(&published, &fallback);
    }
    pthread_join(r, NULL);
    struct node *n = atomic_load(&published);
    if (n && n->key == 42)
        free(n);
    return 0;
}
