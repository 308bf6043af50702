// A libuv callback runs in the thread that calls uv_run on its loop: here a thread main
// starts. Main's read before joining that thread races with the callback; after the join it
// does not. (Before, the callback was taken as run by uv_timer_start, in main.)
#include <pthread.h>
#include <stddef.h>

/* libuv's declarations (<uv.h>), written out so that the case needs no libuv headers. */
typedef struct uv_loop_s uv_loop_t;
typedef struct uv_timer_s {
    void *data;
    char opaque[152];
} uv_timer_t;
typedef void (*uv_timer_cb)(uv_timer_t *handle);
typedef enum { UV_RUN_DEFAULT = 0 } uv_run_mode;
uv_loop_t *uv_loop_new(void);
int uv_timer_init(uv_loop_t *loop, uv_timer_t *handle);
int uv_timer_start(uv_timer_t *handle, uv_timer_cb cb, unsigned long long timeout, unsigned long long repeat);
int uv_timer_stop(uv_timer_t *handle);
int uv_run(uv_loop_t *loop, uv_run_mode mode);

static uv_loop_t *loop;
static uv_timer_t timer;
static int fired;

static void on_timer(uv_timer_t *t)
{
    fired++; // RACE (possible): main reads it while the loop thread may run this
    uv_timer_stop(t);
}

static void *run_loop(void *arg)
{
    (void)arg;
    uv_run(loop, UV_RUN_DEFAULT);
    return NULL;
}

int main(void)
{
    loop = uv_loop_new();
    uv_timer_init(loop, &timer);
    uv_timer_start(&timer, on_timer, 10, 0);
    pthread_t t;
    pthread_create(&t, NULL, run_loop, NULL);
    int early = fired; // RACE (possible)
    pthread_join(t, NULL);
    return early + fired; // NORACE: the loop's thread has ended
}
