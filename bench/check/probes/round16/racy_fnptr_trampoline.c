// racy: the trampoline runs the function it is handed (bump) in two threads, which both increment hits.
#include <pthread.h>
#include <stdio.h>
typedef void (*task_fn)(void);
static int hits;
static void bump(void) { hits++; }

struct task { task_fn fn; };

static void *trampoline(void *arg)
{
    struct task *t = arg;
    t->fn();
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    static struct task ta, tb;
    ta.fn = bump;
    tb.fn = bump;
    pthread_create(&a, NULL, trampoline, &ta);
    pthread_create(&b, NULL, trampoline, &tb);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", hits);
    return 0;
}
