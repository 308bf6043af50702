/* TRUTH: racy — ((struct P *)vbuf)->b and ((int *)vbuf)[1] are both bytes 4-7 of the buffer. */
#include <pthread.h>
#include <stdlib.h>
#include <stdint.h>
struct P { int a, b; }; void *vbuf; static void init(void) { vbuf = malloc(16); }
void *t1(void *a) { ((int *)vbuf)[1] = 1; return 0; }
void *t2(void *a) { ((struct P *)vbuf)->b = 2; return 0; }
int main(void) {
    init();
    pthread_t a, b;
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0); pthread_join(b, 0);
    return 0;
}
