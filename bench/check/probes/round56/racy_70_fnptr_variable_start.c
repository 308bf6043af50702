/* TRUTH: racy — the start routine is picked through a function-pointer variable; both choices (fast_path, slow_path) write `mode_used`; the two threads race on it whichever is chosen. */
#include <pthread.h>
#include <stdio.h>

static int mode_used;

static void *fast_path(void *arg) { (void)arg; mode_used = 1; return NULL; }
static void *slow_path(void *arg) { (void)arg; mode_used = 2; return NULL; }

int main(int argc, char **argv)
{
    (void)argv;
    void *(*start)(void *) = argc > 1 ? slow_path : fast_path;
    pthread_t a, b;
    pthread_create(&a, NULL, start, NULL);
    pthread_create(&b, NULL, start, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", mode_used);
    return 0;
}
