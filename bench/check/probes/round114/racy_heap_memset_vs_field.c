/* TRUTH: racy — thread_a clears the whole allocation with memset while thread_b writes its y */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

struct S {
    int x, y;
};

static void *thread_a(void *arg)
{
    char *c = arg;
    memset(c, 0, sizeof(struct S));
    return 0;
}

static void *thread_b(void *arg)
{
    struct S *s = arg;
    s->y = 5;
    return 0;
}

int main(void)
{
    struct S *s = calloc(1, sizeof *s);
    if (!s)
        return 1;
    pthread_t t1, t2;
    pthread_create(&t1, 0, thread_a, s);
    pthread_create(&t2, 0, thread_b, s);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    free(s);
    return 0;
}
