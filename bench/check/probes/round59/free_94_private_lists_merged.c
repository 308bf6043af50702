/* TRUTH: free — each thread builds its own linked list reachable only from its own bag struct; main splices and walks the lists only after joining both threads. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct item { int v; struct item *next; };
struct bag { int from, to; struct item *first; };

static void *collect(void *p)
{
    struct bag *b = p;
    for (int v = b->from; v < b->to; v++) {
        if (v % 3)
            continue;
        struct item *it = malloc(sizeof *it);
        if (!it)
            break;
        it->v = v;
        it->next = b->first;
        b->first = it;
    }
    return NULL;
}

int main(void)
{
    struct bag bags[2] = { { 0, 30, NULL }, { 30, 60, NULL } };
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, collect, &bags[i]);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    struct item **tailp = &bags[0].first;
    while (*tailp)
        tailp = &(*tailp)->next;
    *tailp = bags[1].first;
    int n = 0;
    for (struct item *it = bags[0].first; it;) {
        struct item *nx = it->next;
        n++;
        free(it);
        it = nx;
    }
    printf("%d\n", n);
    return 0;
}
