/* TRUTH: free. each launch() allocates a fresh ctx and hands it to exactly one worker; main only frees nothing and reads nothing of them. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct ctx { int id; int count; };

static struct ctx *new_ctx(int id)
{
    struct ctx *c = malloc(sizeof *c);
    if (!c)
        abort();
    c->id = id;
    c->count = 0;
    return c;
}

static void *worker(void *arg)
{
    struct ctx *c = arg;
    for (int i = 0; i < 5; i++)
        c->count += c->id;
    free(c);
    return NULL;
}

static void launch(pthread_t *t, int id)
{
    struct ctx *c = new_ctx(id);
    pthread_create(t, NULL, worker, c);
}

int main(void)
{
    pthread_t a, b;
    launch(&a, 1);
    launch(&b, 2);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    puts("done");
    return 0;
}
