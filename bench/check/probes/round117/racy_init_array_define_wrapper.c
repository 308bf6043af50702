/* TRUTH: racy — DEFINE_INITCALL(fn) (a module_init-style macro) puts fn into .init_array; the thread it starts writes jobs_done while main reads it */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define DEFINE_INITCALL(fn) \
    static void (*const fn##_initcall)(void) __attribute__((section(".init_array"), used)) = fn

static pthread_t bg;
static long jobs_done;

static void *background(void *arg)
{
    (void)arg;
    usleep(5000);
    jobs_done += 3;
    return NULL;
}

static void start_background(void)
{
    pthread_create(&bg, NULL, background, NULL);
}
DEFINE_INITCALL(start_background);

int main(void)
{
    usleep(10000);
    printf("jobs %ld\n", jobs_done);
    pthread_join(bg, NULL);
    return 0;
}
