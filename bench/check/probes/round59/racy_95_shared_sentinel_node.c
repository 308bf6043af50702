/* TRUTH: racy — both per-thread lists are terminated by the SAME heap sentinel allocated by main; each thread increments sentinel->refs when it links to it, so the two threads write sentinel->refs concurrently. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct node { int v; int refs; struct node *next; };
struct lst { struct node *head; struct node *end; };

static void *build(void *p)
{
    struct lst *l = p;
    l->head = l->end;
    l->end->refs++;
    for (int i = 0; i < 3; i++) {
        struct node *n = calloc(1, sizeof *n);
        if (!n)
            return NULL;
        n->v = i;
        n->next = l->head;
        l->head = n;
    }
    return NULL;
}

int main(void)
{
    struct node *sentinel = calloc(1, sizeof *sentinel);
    if (!sentinel)
        return 1;
    struct lst a = { NULL, sentinel }, b = { NULL, sentinel };
    pthread_t x, y;
    pthread_create(&x, NULL, build, &a);
    pthread_create(&y, NULL, build, &b);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    printf("%d\n", sentinel->refs);
    return 0;
}
