/* TRUTH: racy — *(uint32_t *)buf covers bytes 0-3 of the buffer, buf[2] is byte 2. */
#include <pthread.h>
#include <stdlib.h>
#include <stdint.h>
uint8_t *buf; static void init(void) { buf = malloc(16); }
void *t1(void *a) { *(uint32_t *)buf = 1; return 0; }
void *t2(void *a) { buf[2] = 2; return 0; }
int main(void) {
    init();
    pthread_t a, b;
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0); pthread_join(b, 0);
    return 0;
}
