// A once object whose address also goes elsewhere than to once calls may be reset through
// that pointer (a pthread_once_t is an int: `*word = 0` through an int *), and its callback
// run again: it orders nothing. Its twin, whose address goes only to pthread_once, does.
#include <pthread.h>

static pthread_once_t load_once = PTHREAD_ONCE_INIT, kept_once = PTHREAD_ONCE_INIT;
static int cfg, kept;
static int *reset_word;

static void load(void)
{
    cfg = 42; // RACE (possible): run again after the reset, while a reader reads it
}

static void keep(void)
{
    kept = 1; // NORACE: runs once, before every reader's read
}

static void *user(void *arg)
{
    (void)arg;
    pthread_once(&load_once, load);
    pthread_once(&kept_once, keep);
    return (void *)(long)(cfg + kept);
}

static void *reloader(void *arg)
{
    (void)arg;
    *reset_word = 0;
    return NULL;
}

int main(void)
{
    pthread_t a, r, b;
    reset_word = (int *)&load_once;
    pthread_create(&a, NULL, user, NULL);
    pthread_create(&r, NULL, reloader, NULL);
    pthread_create(&b, NULL, user, NULL);
    pthread_join(a, NULL);
    pthread_join(r, NULL);
    pthread_join(b, NULL);
    return 0;
}
