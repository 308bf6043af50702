/* racy: main joins the idle thread `b` but not the writer `a`, then reads the
   value `a` writes. */
#include <pthread.h>
#include <stdio.h>

static int value;

static void *writer(void *x) { (void)x; value = 1; return NULL; }
static void *idle(void *x) { (void)x; return NULL; }

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, writer, NULL);
    pthread_create(&b, NULL, idle, NULL);
    pthread_join(b, NULL);
    printf("%d\n", value);
    pthread_join(a, NULL);
    return 0;
}
