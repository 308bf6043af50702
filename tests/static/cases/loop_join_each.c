// Each pass of a loop starts a thread and joins it before the pass ends: no two of its
// instances run at once, so what they do in turn is no race (a loop on a condition, a helper
// that starts and joins, each joining one named handle). A join through an element, a
// pointer or a wrapper's parameter may join another instance: not taken. Not when a pass may end with one running: a
// join under a branch, a continue before it, a join of another handle, a detach, two started
// per pass, a join after the loop.
#include <pthread.h>
#include <stdlib.h>

int g, w, h, b, c, d, two, late;

static void *worker(void *arg) { (void)arg; g++; return NULL; } // RACE (possible): one at a time in fact, but joined by an element t[i], which is not told apart from another element
static void *waiter(void *arg) { (void)arg; w++; return NULL; } // NORACE: one at a time
static void *helped(void *arg) { (void)arg; h++; return NULL; } // NORACE: one at a time
static void *branchy(void *arg) { (void)arg; b++; return NULL; } // RACE (possible): joined on some passes only
static void *skipped(void *arg) { (void)arg; c++; return NULL; } // RACE (possible): a continue skips the join
static void *detached(void *arg) { (void)arg; d++; return NULL; } // RACE (possible): never joined
static void *paired(void *arg) { (void)arg; two++; return NULL; } // RACE (possible): two per pass
static void *joined_late(void *arg) { (void)arg; late++; return NULL; } // RACE: all four run at once

static void run_one(void)
{
    pthread_t t;
    pthread_create(&t, NULL, helped, NULL);
    pthread_join(t, NULL);
}

int main(int argc, char **argv)
{
    (void)argv;
    pthread_t t[4], u, v;
    for (int i = 0; i < 4; i++) {
        pthread_create(&t[i], NULL, worker, NULL);
        pthread_join(t[i], NULL);
    }
    while (rand() % 4) {
        pthread_create(&u, NULL, waiter, NULL);
        pthread_join(u, NULL);
    }
    for (int i = 0; i < 3; i++)
        run_one();
    for (int i = 0; i < 3; i++) {
        pthread_create(&u, NULL, branchy, NULL);
        if (argc > i)
            pthread_join(u, NULL);
    }
    for (int i = 0; i < 3; i++) {
        pthread_create(&u, NULL, skipped, NULL);
        if (rand() % 2)
            continue;
        pthread_join(u, NULL);
    }
    for (int i = 0; i < 3; i++) {
        pthread_create(&u, NULL, detached, NULL);
        pthread_detach(u);
    }
    for (int i = 0; i < 3; i++) {
        pthread_create(&u, NULL, paired, NULL);
        pthread_create(&v, NULL, paired, NULL);
        pthread_join(u, NULL);
        pthread_join(v, NULL);
    }
    for (int i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, joined_late, NULL);
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    return w + h; // NORACE: every thread of theirs was joined
}
