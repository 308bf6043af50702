/*
 * getcontext as programs use it: to start a context for makecontext, and as a save
 * point that a later setcontext resumes (getcontext then returns a second time), once
 * in main and once inside a coroutine.  Writes with write(2) so each line is one call
 * made by whoever runs at that moment.
 */
#include <string.h>
#include <ucontext.h>
#include <unistd.h>

static ucontext_t main_ctx, a_ctx, save_a, save_main;
static char stack_a[64 * 1024];
static volatile int a_resumed, main_resumed;

static void say(const char *s)
{
    if (write(1, s, strlen(s)) < 0)
        _exit(3);
}

void coro_a(void)
{
    say("a start\n");
    getcontext(&save_a); /* returns twice: now, and when main resumes it */
    if (!a_resumed) {
        a_resumed = 1;
        setcontext(&main_ctx); /* back into main's swapcontext */
    }
    say("a resumed\n");
    setcontext(&save_main); /* main's save point: its getcontext returns again */
}

int main(void)
{
    if (getcontext(&a_ctx) < 0)
        return 1;
    a_ctx.uc_stack.ss_sp = stack_a;
    a_ctx.uc_stack.ss_size = sizeof stack_a;
    a_ctx.uc_link = NULL;
    makecontext(&a_ctx, coro_a, 0);
    swapcontext(&main_ctx, &a_ctx);
    say("main back\n");
    getcontext(&save_main);
    if (!main_resumed) {
        main_resumed = 1;
        setcontext(&save_a); /* into coro_a, after its getcontext */
    }
    say("main resumed\n");
    return 0;
}
