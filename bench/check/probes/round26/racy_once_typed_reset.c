/* TRUTH: racy. hooks.word points at load_once (a pthread_once_t is an int in glibc);
   reloader stores 0 through it, so load_cfg can run a second time (in user_b) while user_a,
   past its own pthread_once, reads cfg_value: the second run's write races with that read
   (and the reset races with the once calls themselves). */
#include <pthread.h>
#include <stdio.h>

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static int cfg_value;
static struct {
    int *word;
} hooks;

static void load_cfg(void)
{
    cfg_value = 42;
}

static void *user(void *arg)
{
    (void)arg;
    pthread_once(&load_once, load_cfg);
    return (void *)(long)cfg_value;
}

static void *reloader(void *arg)
{
    (void)arg;
    *hooks.word = 0; /* PTHREAD_ONCE_INIT: load again on next use */
    return NULL;
}

int main(void)
{
    pthread_t a, r, b;
    hooks.word = (int *)&load_once;
    pthread_create(&a, NULL, user, NULL);
    pthread_create(&r, NULL, reloader, NULL);
    pthread_create(&b, NULL, user, NULL);
    pthread_join(a, NULL);
    pthread_join(r, NULL);
    pthread_join(b, NULL);
    printf("%d\n", cfg_value);
    return 0;
}
