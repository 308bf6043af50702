/* racy: the handle variable is overwritten by the second spawn, so the first thread
   (writing first_out) is never joined before main reads first_out. */
#include <pthread.h>
#include <stdio.h>

static int first_out, second_out;

static void *f1(void *x) { (void)x; first_out = 1; return NULL; }
static void *f2(void *x) { (void)x; second_out = 2; return NULL; }

static pthread_t spawn(void *(*fn)(void *)) {
    pthread_t t;
    pthread_create(&t, NULL, fn, NULL);
    return t;
}

int main(void) {
    pthread_t h = spawn(f1);
    h = spawn(f2);
    pthread_join(h, NULL);
    printf("%d %d\n", first_out, second_out);
    pthread_exit(NULL);
}
