/* TRUTH: racy — main joins the logger thread but then reads the value written by the (not yet joined) compute thread */
#include <pthread.h>
#include <stdio.h>
static double answer;
static void *compute(void *a) { (void)a; double x = 1; for (int i = 0; i < 1000; i++) x = x * 1.001; answer = x; return NULL; }
static void *logger(void *a) { (void)a; puts("started"); return NULL; }
int main(void) {
    pthread_t c, l;
    pthread_create(&c, NULL, compute, NULL);
    pthread_create(&l, NULL, logger, NULL);
    pthread_join(l, NULL);
    printf("%f\n", answer);
    pthread_join(c, NULL);
    return 0;
}
