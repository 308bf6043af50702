// What follows a call that does not return (exit, abort, pthread_exit, assert(0), a function
// that always ends in one) or a loop nothing leaves never runs; an error branch that exits
// leaves what follows it as sure as before.
#include <assert.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

int after_exit, after_assert, after_loop, after_die, live;

static void die(const char *why)
{
    fprintf(stderr, "%s\n", why);
    exit(1);
}

static void *quitter(void *arg)
{
    (void)arg;
    pthread_exit(NULL);
    after_exit = 1; // NORACE: never runs
}

static void *asserter(void *arg)
{
    (void)arg;
    assert(0 && "unreachable");
    after_assert = 1; // NORACE: never runs
    return NULL;
}

static void *spinner(void *arg)
{
    (void)arg;
    for (;;) {
    }
    after_loop = 1; // NORACE: never runs
}

static void *dier(void *arg)
{
    (void)arg;
    die("fatal");
    after_die = 1; // NORACE: die() never returns
    return NULL;
}

static void *worker(void *arg)
{
    (void)arg;
    live = 1; // RACE (definite): main's write runs whenever the create succeeds
    return NULL;
}

int main(void)
{
    pthread_t t[5];
    pthread_create(&t[0], NULL, quitter, NULL);
    pthread_create(&t[1], NULL, asserter, NULL);
    pthread_create(&t[2], NULL, spinner, NULL);
    pthread_create(&t[3], NULL, dier, NULL);
    if (pthread_create(&t[4], NULL, worker, NULL)) {
        perror("pthread_create");
        exit(1);
    }
    after_exit = after_assert = after_loop = after_die = 2;
    live = 2; // RACE (definite)
    return 0;
}
