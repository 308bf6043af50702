/* TRUTH: racy — ((short *)vbuf)[3] is bytes 6-7, inside ((long *)vbuf)[0]. */
#include <pthread.h>
#include <stdlib.h>
#include <stdint.h>
void *vbuf; static void init(void) { vbuf = malloc(16); }
void *t1(void *a) { ((short *)vbuf)[3] = 1; return 0; }
void *t2(void *a) { ((long *)vbuf)[0] = 2; return 0; }
int main(void) {
    init();
    pthread_t a, b;
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0); pthread_join(b, 0);
    return 0;
}
