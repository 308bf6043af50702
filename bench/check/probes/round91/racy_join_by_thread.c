/* racy: thread B reads A's output without joining A (it joins nobody); main joins A
   only at the end. */
#include <pthread.h>
#include <stdio.h>

static int a_out;

static void *ta(void *x) { (void)x; a_out = 9; return NULL; }

static void *tb(void *x) {
    (void)x;
    printf("%d\n", a_out + 1);
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, ta, NULL);
    pthread_create(&b, NULL, tb, NULL);
    pthread_join(b, NULL);
    pthread_join(a, NULL);
    printf("%d\n", a_out);
    return 0;
}
