/* TRUTH: free — two spawned workers write their own results; main reads each after reaping it; the byte buffer is main-only. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct thread { pthread_t id; void *arg; };

static struct thread *spawn(void *(*fn)(void *), void *arg)
{
    struct thread *t = malloc(sizeof *t);
    if (!t) abort();
    t->arg = arg;
    pthread_create(&t->id, NULL, fn, arg);
    return t;
}

static void reap(struct thread *t)
{
    pthread_join(t->id, NULL);
    free(t);
}

static int result_a, result_b;
static char line[64];

static void *work_a(void *arg) { (void)arg; result_a = 1; return NULL; }
static void *work_b(void *arg) { (void)arg; result_b = 2; return NULL; }

static void fill(char *p, size_t n) { while (n--) *p++ = '-'; }

int main(void)
{
    struct thread *a = spawn(work_a, NULL);
    struct thread *b = spawn(work_b, NULL);
    memset(line, 0, sizeof line);
    fill(line, 10);
    reap(a);
    printf("%s %d\n", line, result_a);
    reap(b);
    printf("%d\n", result_b);
    return 0;
}
