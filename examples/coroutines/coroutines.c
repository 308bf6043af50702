/* Coroutines: "upload files" and "send emails" as two coroutines on one OS thread, run by a tiny
 * asyncio-like scheduler (makecontext/swapcontext) whose waits are cooperative. */
#include "elapsed.h"

#include <stdio.h>
#include <time.h>
#include <ucontext.h>

enum task_state { READY, WAITING, DONE };

struct task {
    const char *name;
    void (*entry)(void);
    enum task_state state;
    double wake_at; /* when WAITING: the timer it awaits, in example_now() seconds */
    ucontext_t ctx;
    char stack[64 * 1024];
};

static struct task tasks[2];
static struct task *current;
static ucontext_t scheduler;

/* Like "await asyncio.sleep(s)": gives the thread back to the scheduler until the timer fires. */
static void await_sleep(double seconds)
{
    current->state = WAITING;
    current->wake_at = example_now() + seconds;
    swapcontext(&current->ctx, &scheduler);
}

static void upload_files(void)
{
    for (int chunk = 1; chunk <= 4; chunk++) {
        printf("upload: sending chunk %d of 4\n", chunk);
        await_sleep(0.15); /* waiting for the server's acknowledgement */
    }
    printf("upload: done\n");
}

static void send_emails(void)
{
    for (int mail = 1; mail <= 2; mail++) {
        await_sleep(0.2); /* waiting for the mail server */
        printf("emails: message %d sent\n", mail);
    }
    printf("emails: done\n");
}

static void spawn(struct task *t, const char *name, void (*entry)(void))
{
    t->name = name;
    t->entry = entry;
    t->state = READY;
    getcontext(&t->ctx);
    t->ctx.uc_stack.ss_sp = t->stack;
    t->ctx.uc_stack.ss_size = sizeof(t->stack);
    t->ctx.uc_link = &scheduler; /* a task that returns comes back to the scheduler */
    makecontext(&t->ctx, entry, 0);
}

/* Runs the earliest-due task each turn; sleeps only when every task is waiting on a timer. */
static void run(void)
{
    for (;;) {
        struct task *next = NULL;
        for (int i = 0; i < 2; i++) {
            struct task *t = &tasks[i];
            if (t->state == DONE)
                continue;
            if (!next || (t->state == READY && next->state != READY) ||
                (t->state == WAITING && next->state == WAITING && t->wake_at < next->wake_at))
                next = t;
        }
        if (!next)
            return;
        if (next->state == WAITING) {
            double wait = next->wake_at - example_now();
            if (wait > 0) {
                struct timespec ts = {(time_t)wait, (long)((wait - (time_t)wait) * 1e9)};
                nanosleep(&ts, NULL);
            }
        }
        current = next;
        next->state = READY;
        swapcontext(&scheduler, &next->ctx);
        /* Back here either from await_sleep (WAITING) or because the task returned. */
        if (next->state == READY)
            next->state = DONE;
    }
}

int main(void)
{
    double start = example_now();
    spawn(&tasks[0], "upload", upload_files);
    spawn(&tasks[1], "emails", send_emails);
    run();
    example_report_elapsed("coroutines", start); /* about 0.6 s: the longest task, not the sum */
    return 0;
}
