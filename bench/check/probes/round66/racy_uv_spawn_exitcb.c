/* TRUTH: racy — libuv calls options.exit_cb from uv_run in thread 'loop_thread' while main reads 'exited' before joining it */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <uv.h>
static uv_loop_t *loop;
static uv_process_t proc;
static int exited;
static void on_exit_cb(uv_process_t *p, int64_t status, int sig)
{
    (void)status, (void)sig;
    exited = 1;
    uv_close((uv_handle_t *)p, NULL);
}
static void *loop_thread(void *arg)
{
    (void)arg;
    char *args[] = {"true", NULL};
    uv_process_options_t opts = {0};
    opts.exit_cb = on_exit_cb;
    opts.file = "true";
    opts.args = args;
    uv_spawn(loop, &proc, &opts);
    uv_run(loop, UV_RUN_DEFAULT);
    return NULL;
}
int main(void)
{
    loop = uv_default_loop();
    pthread_t t;
    pthread_create(&t, NULL, loop_thread, NULL);
    int seen = 0;
    for (int i = 0; i < 200000 && !seen; i++)
        seen = exited;
    pthread_join(t, NULL);
    printf("%d\n", seen);
    return 0;
}
