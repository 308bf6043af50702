/* TRUTH: racy. With no arguments finish points at let_go(), which detaches instead of joining; main then reads result while worker may still write it (result = 42 vs the printf read). */
#include <pthread.h>
#include <stdio.h>

static int result;

static void *worker(void *arg) { (void)arg; result = 42; return NULL; }

static void wait_for(pthread_t th) { pthread_join(th, NULL); }
static void let_go(pthread_t th) { pthread_detach(th); }

int main(int argc, char **argv)
{
    (void)argv;
    void (*finish)(pthread_t) = argc > 1 ? wait_for : let_go;
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    finish(t);
    printf("%d\n", result);
    return 0;
}
