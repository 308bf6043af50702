/* free: thread B joins thread A (handle passed to it) before reading A's output;
   main reads it after joining B. */
#include <pthread.h>
#include <stdio.h>

static int a_out;

static void *ta(void *x) { (void)x; a_out = 9; return NULL; }

static void *tb(void *x) {
    pthread_t *a = x;
    pthread_join(*a, NULL);
    printf("%d\n", a_out + 1);
    return NULL;
}

int main(void) {
    static pthread_t a;
    pthread_t b;
    pthread_create(&a, NULL, ta, NULL);
    pthread_create(&b, NULL, tb, &a);
    pthread_join(b, NULL);
    printf("%d\n", a_out);
    return 0;
}
