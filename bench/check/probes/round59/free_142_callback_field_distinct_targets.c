/* TRUTH: free — thread 1's job calls note_error (writes only errors) and thread 2's job calls note_warning (writes only warnings); no object is written by both; main reads after joins. */
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
    struct job j1 = { note_error, 1 }, j2 = { note_warning, 2 };
    pthread_t a, b;
    pthread_create(&a, NULL, runner, &j1);
    pthread_create(&b, NULL, runner, &j2);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", errors, warnings);
    return 0;
}
