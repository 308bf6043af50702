// Joins through the object a create wrapper returns (threads.c): reap(w) joins the thread
// spawn() stored in the object w holds, when w is given nothing but spawn()'s results (or
// NULL), nothing takes its address and nothing stores through it. Then what main does after
// reap(w) comes after everything that thread did: the writer's count and the loop's total do
// not race. A thread whose object is never reaped (the logger) races with main, and so does
// one whose variable was given another object (other = spare): which thread reap(other) ends
// is not known.
#include <stddef.h>

struct thread;
struct thread *spawn(void *(*fn)(void *), void *arg);
void reap(struct thread *t);

static struct thread *writer;
static int written, total, logged, spare_count;

static void *write_all(void *arg)
{
    (void)arg;
    written = 42; // NORACE
    return NULL;
}

static void *add_one(void *arg)
{
    (void)arg;
    total++; // NORACE
    return NULL;
}

static void *log_all(void *arg)
{
    (void)arg;
    logged = 1; // RACE
    return NULL;
}

static void *count_spare(void *arg)
{
    (void)arg;
    spare_count++; // RACE
    return NULL;
}

int main(void)
{
    writer = spawn(write_all, NULL);
    reap(writer);
    writer = NULL;
    written++; // NORACE

    for (int i = 0; i < 3; i++) {
        struct thread *w = spawn(add_one, NULL);
        reap(w);
    }
    total *= 2; // NORACE

    struct thread *lg = spawn(log_all, NULL);
    (void)lg;
    logged = 2; // RACE

    struct thread *other = spawn(count_spare, NULL);
    struct thread *spare = spawn(count_spare, NULL);
    other = spare;
    reap(other);
    spare_count = 0; // RACE
    return 0;
}
