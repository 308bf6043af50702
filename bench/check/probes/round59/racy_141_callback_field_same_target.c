/* TRUTH: racy — each thread's arg struct carries a callback pointer; both structs point at note_error, which increments the global errors with no lock; the two threads' increments are unordered. */
#include <pthread.h>
#include <stdio.h>

static int errors;
static int warnings;

static void note_error(int n) { errors += n; }
static void note_warning(int n) { warnings += n; }

struct job { void (*report)(int); int n; };

static void *runner(void *p)
{
    struct job *j = p;
    j->report(j->n);
    return NULL;
}

int main(void)
{
    struct job j1 = { note_error, 1 }, j2 = { note_error, 2 };
    (void)note_warning;
    pthread_t a, b;
    pthread_create(&a, NULL, runner, &j1);
    pthread_create(&b, NULL, runner, &j2);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", errors, warnings);
    return 0;
}
