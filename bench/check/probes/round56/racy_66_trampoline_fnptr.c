/* TRUTH: racy — both threads start in trampoline(), which calls the task's fn pointer; both tasks' fns (bump_a, bump_b) write global `gen` unlocked; task A vs task B. */
#include <pthread.h>
#include <stdio.h>

static int gen;

struct task { void (*fn)(int); int arg; };

static void bump_a(int v) { gen += v; }
static void bump_b(int v) { gen = gen * v; }

static void *trampoline(void *p)
{
    struct task *t = p;
    t->fn(t->arg);
    return NULL;
}

int main(void)
{
    struct task ta = { bump_a, 3 }, tb = { bump_b, 2 };
    pthread_t a, b;
    pthread_create(&a, NULL, trampoline, &ta);
    pthread_create(&b, NULL, trampoline, &tb);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", gen);
    return 0;
}
