/* A ucontext coroutine and main switch back and forth: the cost of a traced swapcontext. */
#include <ucontext.h>

#include "bench_common.h"

static ucontext_t main_ctx, coro_ctx;
static char stack[64 * 1024];
static volatile long turns;

static void body(void)
{
    for (;;) {
        turns++;
        swapcontext(&coro_ctx, &main_ctx);
    }
}

int main(int argc, char **argv)
{
    long iters = bench_iters(argc, argv, 1000000);

    getcontext(&coro_ctx);
    coro_ctx.uc_stack.ss_sp = stack;
    coro_ctx.uc_stack.ss_size = sizeof stack;
    makecontext(&coro_ctx, body, 0);
    for (long i = 0; i < iters; i++)
        swapcontext(&main_ctx, &coro_ctx);
    bench_report(2 * iters);
    return turns == iters ? 0 : 1;
}
