/* TRUTH: racy — spawn hands out slots from a 2-entry ring; the third spawn reuses a's slot, so reap(a) joins work_c; work_a unjoined when result_a is read. */
#include <pthread.h>
#include <stdio.h>

struct thread { pthread_t id; void *arg; };

static struct thread ring[2];
static unsigned next_slot;

static struct thread *spawn(void *(*fn)(void *), void *arg)
{
    struct thread *t = &ring[next_slot++ % 2];
    t->arg = arg;
    pthread_create(&t->id, NULL, fn, arg);
    return t;
}

static void reap(struct thread *t) { pthread_join(t->id, NULL); }

static int result_a, result_b, result_c;

static void *work_a(void *arg) { (void)arg; result_a = 1; return NULL; }
static void *work_b(void *arg) { (void)arg; result_b = 2; return NULL; }
static void *work_c(void *arg) { (void)arg; result_c = 3; return NULL; }

int main(void)
{
    struct thread *a = spawn(work_a, NULL);
    struct thread *b = spawn(work_b, NULL);
    struct thread *c = spawn(work_c, NULL);
    reap(a);
    reap(b);
    printf("%d %d %d\n", result_a, result_b, result_c);
    (void)c;
    return 0;
}
