/* racy: one pthread_t reused for two threads that both write `sum` plainly;
   main joins only the last. The two workers race with each other. */
#include <pthread.h>
static int sum;
static void *w(void *x) { sum += (int)(long)x; return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, w, (void *)1L);
    pthread_create(&t, 0, w, (void *)2L);
    pthread_join(t, 0);
    return 0;
}
