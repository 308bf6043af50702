/* TRUTH: free — on_timer runs only in the loop thread; main reads fired after joining it */
/* libuv declarations written out (no <uv.h> here); this program is not linked or run */
#include <pthread.h>
#include <stdlib.h>
typedef struct uv_loop_s uv_loop_t;
typedef struct uv_work_s { void *data; char opaque[128]; } uv_work_t;
typedef struct uv_timer_s { void *data; char opaque[152]; } uv_timer_t;
typedef struct uv_async_s { void *data; char opaque[128]; } uv_async_t;
typedef struct uv_handle_s uv_handle_t;
typedef unsigned long uv_thread_t;
typedef void (*uv_work_cb)(uv_work_t *req);
typedef void (*uv_after_work_cb)(uv_work_t *req, int status);
typedef void (*uv_timer_cb)(uv_timer_t *handle);
typedef void (*uv_async_cb)(uv_async_t *handle);
typedef void (*uv_walk_cb)(uv_handle_t *handle, void *arg);
typedef void (*uv_thread_cb)(void *arg);
typedef enum { UV_RUN_DEFAULT = 0, UV_RUN_ONCE, UV_RUN_NOWAIT } uv_run_mode;
uv_loop_t *uv_default_loop(void);
uv_loop_t *uv_loop_new(void);
void uv_loop_delete(uv_loop_t *loop);
int uv_run(uv_loop_t *loop, uv_run_mode mode);
int uv_queue_work(uv_loop_t *loop, uv_work_t *req, uv_work_cb work_cb, uv_after_work_cb after_work_cb);
int uv_thread_create(uv_thread_t *tid, uv_thread_cb entry, void *arg);
int uv_thread_join(uv_thread_t *tid);
int uv_timer_init(uv_loop_t *loop, uv_timer_t *handle);
int uv_timer_start(uv_timer_t *handle, uv_timer_cb cb, unsigned long long timeout, unsigned long long repeat);
int uv_async_init(uv_loop_t *loop, uv_async_t *async, uv_async_cb cb);
int uv_async_send(uv_async_t *async);
void uv_walk(uv_loop_t *loop, uv_walk_cb walk_cb, void *arg);
typedef void *(*uv_malloc_func)(unsigned long size);
typedef void *(*uv_realloc_func)(void *ptr, unsigned long size);
typedef void *(*uv_calloc_func)(unsigned long count, unsigned long size);
typedef void (*uv_free_func)(void *ptr);
int uv_replace_allocator(uv_malloc_func m, uv_realloc_func r, uv_calloc_func c, uv_free_func f);
static int fired;
static uv_loop_t *loop;
static uv_timer_t timer;
static void on_timer(uv_timer_t *t) { (void)t; fired++; }
static void *loop_thread(void *arg) { (void)arg; uv_run(loop, UV_RUN_DEFAULT); return NULL; }
int main(void)
{
    loop = uv_loop_new();
    uv_timer_init(loop, &timer);
    uv_timer_start(&timer, on_timer, 1, 0);
    pthread_t t;
    pthread_create(&t, NULL, loop_thread, NULL);
    pthread_join(t, NULL);
    return fired;
}
