/* TRUTH: racy — reap(ws[k]) with k == 1 joins work_b only; main then reads result_a written by unjoined work_a. */
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

static void *work_a(void *arg) { (void)arg; result_a = 1; return NULL; }
static void *work_b(void *arg) { (void)arg; result_b = 2; return NULL; }

int main(void)
{
    struct thread *ws[2];
    int k = 0;
    ws[k++] = spawn(work_a, NULL);
    ws[k++] = spawn(work_b, NULL);
    reap(ws[k - 1]);
    printf("%d\n", result_a);
    reap(ws[0]);
    return 0;
}
