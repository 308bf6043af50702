// Thread arguments filled by a loop before the create loop: a field given the counter's
// value (args[i].tid = i), among other statements of the loop's body, is each thread's own
// index. A field given another value, stored again, or skipped by a continue, is not; nor
// is one an element's address taken elsewhere may store into.
#include <pthread.h>
#include <stdlib.h>

#define NT 4
struct targ {
    int tid;
    int n;
};
int own[NT], twice[NT], skipped[NT], other[NT], aliased[NT];
struct targ a1[NT], a2[NT], a3[NT], a4[NT], a5[NT];

static void *w_own(void *p)
{
    struct targ *a = p;
    own[a->tid] = a->n; // NORACE: tid is i, each thread's own
    return NULL;
}

static void *w_twice(void *p)
{
    struct targ *a = p;
    twice[a->tid] = 1; // RACE (possible): tid stored again, 0 for thread 3
    return NULL;
}

static void *w_skipped(void *p)
{
    struct targ *a = p;
    skipped[a->tid] = 1; // RACE (possible): the continue leaves a3[2].tid 0, as a3[0].tid
    return NULL;
}

static void *w_other(void *p)
{
    struct targ *a = p;
    other[a->n] = 1; // RACE (possible): n is not the counter's value
    return NULL;
}

static void *w_aliased(void *p)
{
    struct targ *a = p;
    aliased[a->tid] = 1; // RACE (possible): q->tid = 0 rewrote a5[1].tid
    return NULL;
}

int main(void)
{
    pthread_t th[NT];
    for (int i = 0; i < NT; i++) {
        a1[i].tid = i;
        a1[i].n = rand() % 7;
    }
    for (int i = 0; i < NT; i++)
        pthread_create(&th[i], NULL, w_own, &a1[i]);
    for (int i = 0; i < NT; i++)
        pthread_join(th[i], NULL);

    for (int i = 0; i < NT; i++) {
        a2[i].tid = i;
        a2[i].n = 1;
    }
    a2[3].tid = 0;
    for (int i = 0; i < NT; i++)
        pthread_create(&th[i], NULL, w_twice, &a2[i]);
    for (int i = 0; i < NT; i++)
        pthread_join(th[i], NULL);

    for (int i = 0; i < NT; i++) {
        if (i == 2)
            continue;
        a3[i].tid = i;
    }
    for (int i = 0; i < NT; i++)
        pthread_create(&th[i], NULL, w_skipped, &a3[i]);
    for (int i = 0; i < NT; i++)
        pthread_join(th[i], NULL);

    for (int i = 0; i < NT; i++) {
        a4[i].tid = i;
        a4[i].n = 0;
    }
    for (int i = 0; i < NT; i++)
        pthread_create(&th[i], NULL, w_other, &a4[i]);
    for (int i = 0; i < NT; i++)
        pthread_join(th[i], NULL);

    for (int i = 0; i < NT; i++)
        a5[i].tid = i;
    struct targ *q = &a5[1];
    q->tid = 0;
    for (int i = 0; i < NT; i++)
        pthread_create(&th[i], NULL, w_aliased, &a5[i]);
    for (int i = 0; i < NT; i++)
        pthread_join(th[i], NULL);
    return 0;
}
