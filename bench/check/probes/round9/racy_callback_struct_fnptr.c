/* TRUTH: racy. A task struct holds a callback; both tasks' callbacks are on_event, which increments the global events counter without a lock. */
#include <pthread.h>
#include <stdio.h>

struct task {
    void (*cb)(int);
    int arg;
};

static int events;

static void on_event(int x) { events += x; }
static void on_quiet(int x) { (void)x; }

static void *runner(void *p)
{
    struct task *t = p;
    t->cb(t->arg);
    return NULL;
}

int main(void)
{
    struct task tasks[3] = { { on_event, 1 }, { on_quiet, 0 }, { on_event, 2 } };
    pthread_t th[3];
    for (int i = 0; i < 3; i++)
        pthread_create(&th[i], NULL, runner, &tasks[i]);
    for (int i = 0; i < 3; i++)
        pthread_join(th[i], NULL);
    printf("%d\n", events);
    return 0;
}
