/* ucontext ping-pong: main and one coroutine switch back and forth ROUNDS times. */
#include <stdio.h>
#include <ucontext.h>

#define ROUNDS 10
static ucontext_t main_ctx, coro_ctx;
static char stack[64 * 1024];
static int turns;

void coro_body(void)
{
    for (;;) {
        turns++;
        swapcontext(&coro_ctx, &main_ctx);
    }
}

int main(void)
{
    getcontext(&coro_ctx);
    coro_ctx.uc_stack.ss_sp = stack;
    coro_ctx.uc_stack.ss_size = sizeof stack;
    coro_ctx.uc_link = &main_ctx;
    makecontext(&coro_ctx, coro_body, 0);
    for (int i = 0; i < ROUNDS; i++)
        swapcontext(&main_ctx, &coro_ctx);
    printf("turns %d\n", turns);
    return 0;
}
